namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// Pub/sub between the nodes of one deployment (Redis here). Never throws for an unreachable broker: the caller
/// learns it from a null publish result, and the bus counts and logs it.
/// </summary>
public interface IBackplaneBus
{
    /// <summary>The deployment's name for a channel (<c>ChatGuard:Redis:Prefix</c> first).</summary>
    string Channel(params string[] parts);

    /// <summary>How many nodes received <paramref name="frame"/>, or null when the broker could not be reached.</summary>
    /// <param name="target">What was addressed (all, group, user, connection, ...) — a metric tag, never an id.</param>
    Task<long?> PublishAsync(string channel, byte[] frame, string target, CancellationToken ct);

    /// <summary>
    /// Calls <paramref name="onFrame"/> for every frame published on <paramref name="channel"/>, in publish order,
    /// until the result is disposed. Completes once subscribed — or, when the broker is unreachable, at once, and
    /// the subscription is made as soon as the broker is back.
    /// </summary>
    Task<IAsyncDisposable> SubscribeAsync(string channel, Action<byte[]> onFrame);
}
