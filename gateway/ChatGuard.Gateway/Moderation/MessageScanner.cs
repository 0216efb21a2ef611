using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Hosting;
using ChatGuard.Gateway.Messaging;
using Microsoft.Extensions.Options;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Moderation;

/// <summary>
/// The gateway's inline moderation step: the tenant's profile, the sender's role and the sender's recent messages in
/// the conversation (split contact details), or a plain allow when scanning is off (baselines).
/// </summary>
public sealed class MessageScanner(IModerationPipeline pipeline, IChatStore store, IOptionsMonitor<ChatGuardOptions> options)
{
    /// <summary>Once per message; the scan and spam tracking both read the result.</summary>
    public NormalizedText Normalize(string text) => pipeline.Normalize(text);

    public async Task<Verdict> ScanAsync(SendContext send, NormalizedText text, CancellationToken ct)
    {
        var current = options.CurrentValue;
        var profile = current.ProfileFor(send.Sender.Tenant);
        if (!current.Moderation.Enabled)
            return new Verdict([], ModerationAction.Allow, Severity.None, [], text.Original, profile, "unscanned");
        var moderation = current.Moderation;
        IReadOnlyList<string>? recent = null;
        if (moderation.RecentMessages > 0 && text.Original.Length > 0)
            recent = await store.ListRecentTextsAsync(send.Sender.Tenant, send.Conversation.Id, send.Sender.UserId,
                send.Now - moderation.RecentWindow, moderation.RecentMessages, ct);
        return pipeline.Scan(text, new ScanOptions(profile, RoleOf(send.Sender), recent));
    }

    private static SenderRole RoleOf(ChatIdentity sender) => sender.Role switch
    {
        Roles.Buyer => SenderRole.Buyer,
        Roles.Agent => SenderRole.Agent,
        Roles.Bot => SenderRole.Bot,
        _ => SenderRole.Unknown,
    };
}
