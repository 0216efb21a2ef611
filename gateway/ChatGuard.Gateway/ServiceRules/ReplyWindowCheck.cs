using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.ServiceRules;

/// <summary>
/// S3 (TikTok 003 §4.1–4.2): once the buyer's last message is older than the profile's reply window (72 h), the
/// agent can no longer answer it. Exactly 72 h is still in the window.
/// </summary>
public sealed class ReplyWindowCheck(ServiceProfiles profiles, LastBuyerMessage lastBuyerMessage) : ISendCheck
{
    public async ValueTask CheckAsync(SendContext context, CancellationToken ct)
    {
        if (context.Sender.Role != Roles.Agent) return;
        if (profiles.ForTenant(context.Sender.Tenant).Options.ReplyWindowHours is not { } hours) return;
        var last = await lastBuyerMessage.AtAsync(context, ct);
        if (last is { } at && context.Now - at > TimeSpan.FromHours(hours))
            throw new MessageRejectedException($"S3: the buyer's last message is more than {hours} hours old; it can no longer be answered");
    }
}
