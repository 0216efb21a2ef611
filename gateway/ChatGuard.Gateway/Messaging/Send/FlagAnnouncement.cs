using ChatGuard.Gateway.Flags;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>Tells the tenant's moderators about the message's flag, stored with it.</summary>
public sealed class FlagAnnouncement(FlagRaiser flags) : ISendEffect
{
    public async ValueTask RunAsync(SendContext send, CancellationToken ct)
    {
        if (send.Flag is { } flag) await flags.PublishAsync(flag, ct);
    }
}
