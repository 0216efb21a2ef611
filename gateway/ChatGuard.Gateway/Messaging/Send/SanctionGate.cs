using System.Globalization;
using ChatGuard.Gateway.Sanctions;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>S10: a muted or banned user cannot send; the refusal says until when and why.</summary>
public sealed class SanctionGate(ISanctionStore sanctions) : ISendGate
{
    public async ValueTask CheckAsync(SendContext send, CancellationToken ct)
    {
        var sender = send.Sender;
        var active = await sanctions.ActiveAsync(sender.Tenant, sender.UserId, sender.Role, send.Now, ct);
        if (active is null) return;
        var what = active.Kind == SanctionKinds.Ban
            ? "your account is banned"
            : active.Until is { } until
                ? $"you are muted until {until.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}"
                : "you are muted permanently";
        throw new MessageRejectedException($"{what} ({active.Reason}; sanction {active.SanctionId})");
    }
}
