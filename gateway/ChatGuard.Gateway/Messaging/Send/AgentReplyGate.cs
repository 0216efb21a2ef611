using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.ServiceRules;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>
/// What an agent may answer, from when the buyer last wrote (one store read per agent send):
/// S5 (TikTok 003 §3.2) only a buyer who contacted the shop — agents cannot start conversations at all
/// (<c>ConversationService</c>), this refuses the first word in one the buyer opened but never wrote in;
/// S3 (TikTok 003 §4.1–4.2) not once the buyer's last message is older than the profile's reply window (72 h; exactly
/// 72 h is still in it).
/// </summary>
public sealed class AgentReplyGate(ServiceProfiles profiles, IBuyerActivityStore activity) : ISendGate
{
    public async ValueTask CheckAsync(SendContext send, CancellationToken ct)
    {
        if (send.Sender.Role != Roles.Agent) return;
        var rules = profiles.ForTenant(send.Sender.Tenant).Options;
        if (!rules.RequireBuyerContact && rules.ReplyWindowHours is null) return;
        var last = await activity.LastBuyerMessageAtAsync(send.Sender.Tenant, send.Conversation.Id, ct);
        if (rules.RequireBuyerContact && last is null)
            throw new MessageRejectedException("S5: the buyer has not contacted the shop in this conversation; shops answer, they do not reach out");
        if (rules.ReplyWindowHours is { } hours && last is { } at && send.Now - at > TimeSpan.FromHours(hours))
            throw new MessageRejectedException($"S3: the buyer's last message is more than {hours} hours old; it can no longer be answered");
    }
}
