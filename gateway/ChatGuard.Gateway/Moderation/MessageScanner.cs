using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Hosting;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Moderation;

/// <summary>The gateway's inline moderation step: the tenant's profile, or a plain allow when scanning is off (baselines).</summary>
public sealed class MessageScanner(IModerationPipeline pipeline, IOptionsMonitor<ChatGuardOptions> options)
{
    /// <summary>Once per message; the scan and spam tracking both read the result.</summary>
    public NormalizedText Normalize(string text) => pipeline.Normalize(text);

    public Verdict Scan(string tenant, NormalizedText text)
    {
        var current = options.CurrentValue;
        var profile = current.ProfileFor(tenant);
        if (!current.Moderation.Enabled)
            return new Verdict([], ModerationAction.Allow, Severity.None, [], text.Original, profile, "unscanned");
        return pipeline.Scan(text, profile);
    }
}
