using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers;

/// <summary>The one seam the gateway and the CLI call: normalize once, run every detector, apply the profile.</summary>
public interface IModerationPipeline
{
    /// <summary>Scans one text message. <paramref name="profile"/> null means the default profile.</summary>
    /// <exception cref="UnknownProfileException">The profile name is not one the pipeline knows.</exception>
    Verdict Scan(string text, string? profile = null);

    /// <summary>The normalization every detector reads; a caller that needs it too (spam tracking) normalizes once.</summary>
    NormalizedText Normalize(string text);

    /// <summary>Scans a message normalized by <see cref="Normalize"/>.</summary>
    /// <exception cref="UnknownProfileException">The profile name is not one the pipeline knows.</exception>
    Verdict Scan(NormalizedText text, string? profile = null);

    /// <summary>Scans a message normalized by <see cref="Normalize"/> with the sender's role and recent messages.</summary>
    /// <exception cref="UnknownProfileException">The profile name is not one the pipeline knows.</exception>
    Verdict Scan(NormalizedText text, ScanOptions options);

    /// <summary>The profile names this pipeline can judge with.</summary>
    IReadOnlyCollection<string> Profiles { get; }

    string DefaultProfile { get; }
}

public sealed class UnknownProfileException(string profile)
    : ArgumentException($"unknown policy profile '{profile}'", nameof(profile))
{
    public string Profile { get; } = profile;
}
