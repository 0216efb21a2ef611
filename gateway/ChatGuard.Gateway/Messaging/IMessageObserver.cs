namespace ChatGuard.Gateway.Messaging;

/// <summary>
/// Told about every newly stored message after delivery (counters, spam tracking, bot hand-off). A failure here is
/// logged and never undoes the send: the message is already stored and acknowledged.
/// </summary>
public interface IMessageObserver
{
    ValueTask OnStoredAsync(StoredSend send, CancellationToken ct);
}
