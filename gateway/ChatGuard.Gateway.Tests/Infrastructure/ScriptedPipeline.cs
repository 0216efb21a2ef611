using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>
/// The shipped pipeline, except that a text starting with "[block]", "[review]" or "[mask]" gets that action:
/// the gateway's handling of each action is tested independently of which detector produces it.
/// </summary>
public sealed class ScriptedPipeline(IModerationPipeline inner) : IModerationPipeline
{
    public IReadOnlyCollection<string> Profiles => inner.Profiles;

    public string DefaultProfile => inner.DefaultProfile;

    public NormalizedText Normalize(string text) => inner.Normalize(text);

    public Verdict Scan(NormalizedText text, string? profile = null) => Scripted(text.Original, profile) ?? inner.Scan(text, profile);

    public Verdict Scan(NormalizedText text, ScanOptions options) => Scripted(text.Original, options.Profile) ?? inner.Scan(text, options);

    public Verdict Scan(string text, string? profile = null) => Scripted(text, profile) ?? inner.Scan(text, profile);

    private Verdict? Scripted(string text, string? profile)
    {
        foreach (var action in new[] { ModerationAction.Block, ModerationAction.Review, ModerationAction.Mask })
        {
            var marker = $"[{action.ToWire()}]";
            if (!text.StartsWith(marker, StringComparison.Ordinal)) continue;
            var finding = new Finding(Labels.Abuse, "C2", 0, marker.Length, Severity.High, "scripted");
            return new Verdict([Labels.Abuse], action, Severity.High, [finding],
                new string('*', marker.Length) + text[marker.Length..], profile ?? DefaultProfile, "scripted");
        }
        return null;
    }
}
