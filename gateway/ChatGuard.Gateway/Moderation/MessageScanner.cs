using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Accounts;
using Microsoft.Extensions.Options;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Moderation;

/// <summary>
/// The gateway's inline moderation step: the tenant's profile, the sender's role and the sender's recent messages in
/// the conversation (split contact details), or a plain allow when scanning is off (baselines).
/// </summary>
public sealed class MessageScanner(IModerationPipeline pipeline, IChatStore store, IOptionsMonitor<TenancyOptions> tenancy, IOptionsMonitor<ModerationOptions> options)
{
    /// <summary>Once per message; the scan and spam tracking both read the result.</summary>
    public NormalizedText Normalize(string text) => pipeline.Normalize(text);

    public async Task<Verdict> ScanAsync(ChatIdentity sender, Conversation conversation, DateTimeOffset now, NormalizedText text, CancellationToken ct)
    {
        var profile = tenancy.CurrentValue.ProfileFor(sender.Tenant);
        var moderation = options.CurrentValue;
        if (!moderation.Enabled)
            return new Verdict([], ModerationAction.Allow, Severity.None, [], text.Original, profile, "unscanned");
        IReadOnlyList<string>? recent = null;
        if (moderation.RecentMessages > 0 && text.Original.Length > 0)
            recent = await store.ListRecentTextsAsync(sender.Tenant, conversation.Id, sender.UserId,
                now - moderation.RecentWindow, moderation.RecentMessages, ct);
        return pipeline.Scan(text, new ScanOptions(profile, RoleOf(sender), recent));
    }

    private static SenderRole RoleOf(ChatIdentity sender) => sender.Role switch
    {
        Roles.Buyer => SenderRole.Buyer,
        Roles.Agent => SenderRole.Agent,
        Roles.Bot => SenderRole.Bot,
        _ => SenderRole.Unknown,
    };
}
