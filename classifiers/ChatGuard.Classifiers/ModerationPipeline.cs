using ChatGuard.Classifiers.Detection;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers;

/// <summary>Normalizes a message once, runs every detector over it, and turns the findings into a verdict.</summary>
public sealed class ModerationPipeline(ITextNormalizer normalizer, IEnumerable<IDetector> detectors, PolicyProfileCatalog profiles)
    : IModerationPipeline
{
    private readonly IDetector[] _detectors = [.. detectors];

    public IReadOnlyCollection<string> Profiles => profiles.Names;

    public string DefaultProfile => profiles.DefaultProfile;

    /// <summary>The pipeline as shipped, with the built-in profiles.</summary>
    public static ModerationPipeline CreateDefault(string defaultProfile = PolicyProfileCatalog.DefaultProfileName) =>
        new(new TextNormalizer(), [new ContactDiversionDetector()], PolicyProfileCatalog.LoadBuiltIn(defaultProfile));

    public Verdict Scan(string text, string? profile = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var policy = profiles.Get(profile);
        var normalized = normalizer.Normalize(text);
        var findings = new List<Finding>();
        foreach (var detector in _detectors) detector.Detect(normalized, policy, findings);
        return VerdictBuilder.Build(text, findings, policy);
    }
}
