using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.ServiceRules;

/// <summary>
/// S5 (TikTok 003 §3.2): an agent may only message a buyer who contacted the shop. Agents cannot start
/// conversations at all (<c>ConversationService</c>); this refuses the first word in one the buyer opened but never wrote in.
/// </summary>
public sealed class BuyerContactCheck(ServiceProfiles profiles, LastBuyerMessage lastBuyerMessage) : ISendCheck
{
    public async ValueTask CheckAsync(SendContext context, CancellationToken ct)
    {
        if (context.Sender.Role != Roles.Agent) return;
        if (!profiles.ForTenant(context.Sender.Tenant).Options.RequireBuyerContact) return;
        if (await lastBuyerMessage.AtAsync(context, ct) is null)
            throw new MessageRejectedException("S5: the buyer has not contacted the shop in this conversation; shops answer, they do not reach out");
    }
}
