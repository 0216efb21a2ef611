namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>
/// Work that follows a stored and delivered send (the flag announcement, counters, spam tracking). A failure is
/// logged by <see cref="SendPipeline"/> and never undoes the send: the message is stored and acknowledged.
/// </summary>
public interface ISendEffect
{
    ValueTask RunAsync(SendContext send, CancellationToken ct);
}
