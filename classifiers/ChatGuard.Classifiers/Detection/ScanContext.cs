using ChatGuard.Classifiers.Policy;

namespace ChatGuard.Classifiers.Detection;

/// <summary>What every detector reads besides the text: the resolved profile and the scan's options.</summary>
public sealed record ScanContext(PolicyProfile Profile, ScanOptions Options)
{
    public SenderRole Role => Options.Role;
}
