namespace ChatGuard.Gateway.Messaging;

/// <summary>
/// A rule a send must pass before it is scanned and stored (mutes and bans, rate limits, S3 reply window,
/// S5 no unsolicited contact). Throws <see cref="MessageRejectedException"/> to refuse.
/// </summary>
public interface ISendCheck
{
    ValueTask CheckAsync(SendContext context, CancellationToken ct);
}
