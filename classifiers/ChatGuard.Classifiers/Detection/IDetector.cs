using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection;

/// <summary>One detector per label; it reads the normalized text and adds findings in original offsets.</summary>
public interface IDetector
{
    void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings);
}
