using System.Globalization;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>S10: a muted or banned user cannot send; the refusal says until when and why.</summary>
public sealed class SanctionSendCheck(ISanctionStore store) : ISendCheck
{
    public async ValueTask CheckAsync(SendContext context, CancellationToken ct)
    {
        var sender = context.Sender;
        var active = await store.ActiveAsync(sender.Tenant, sender.UserId, sender.Role, context.Now, ct);
        if (active is null) return;
        var what = active.Kind == SanctionKinds.Ban
            ? "your account is banned"
            : active.Until is { } until
                ? $"you are muted until {until.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}"
                : "you are muted permanently";
        throw new MessageRejectedException($"{what} ({active.Reason}; sanction {active.SanctionId})");
    }
}
