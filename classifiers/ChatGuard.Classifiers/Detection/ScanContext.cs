using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Policy;

namespace ChatGuard.Classifiers.Detection;

/// <summary>What every detector reads besides the text: the resolved profile and the scan's options.</summary>
public sealed record ScanContext(PolicyProfile Profile, ScanOptions Options)
{
    public SenderRole Role => Options.Role;

    /// <summary>
    /// Whether the term rules read the message as a warning (温馨提示, 谨防, 凡是…都是骗子, "we never ask"): set by the
    /// <see cref="LexiconDetector"/>, which runs first, for the detectors after it.
    /// </summary>
    public bool ReadsAsWarning { get; set; }

    /// <summary>
    /// Whether the message links to the platform's own site (a host of the profile's allowed domains): set by the
    /// contact rules, which run before the learned heads.
    /// </summary>
    public bool LinksToPlatform { get; set; }

    /// <summary>
    /// The learned heads' role-less scores of the message, when the pipeline scored it to read an unsaid sender and left
    /// the sender unknown: the learned detector reads them rather than score the message again.
    /// </summary>
    public LearnedScores? RoleLessScores { get; init; }
}
