using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// The connections this node holds in each group (or under each user) of one hub, and the channel subscription
/// that brings the other nodes' sends to them: the first local member subscribes, the last one out unsubscribes.
/// </summary>
public sealed class LocalMembership(IBackplaneBus bus, Func<string, string> channelOf, Action<string, byte[]> onFrame)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _namesOf = new(StringComparer.Ordinal);

    /// <summary>The local members of <paramref name="name"/>; safe to enumerate while members come and go.</summary>
    public HubConnectionStore? Members(string name)
    {
        lock (_entries) return _entries.TryGetValue(name, out var entry) ? entry.Members : null;
    }

    /// <summary>Completes once other nodes' sends to <paramref name="name"/> reach this node (or Redis is unreachable).</summary>
    public Task AddAsync(string name, HubConnectionContext connection)
    {
        lock (_entries)
        {
            if (!_entries.TryGetValue(name, out var entry))
            {
                entry = new Entry(bus.SubscribeAsync(channelOf(name), frame => onFrame(name, frame)));
                _entries.Add(name, entry);
            }
            entry.Members.Add(connection);
            if (!_namesOf.TryGetValue(connection.ConnectionId, out var names)) _namesOf[connection.ConnectionId] = names = new(StringComparer.Ordinal);
            names.Add(name);
            return entry.Subscription;
        }
    }

    public Task RemoveAsync(string name, HubConnectionContext connection)
    {
        lock (_entries)
        {
            if (_namesOf.TryGetValue(connection.ConnectionId, out var names) && names.Remove(name) && names.Count == 0)
                _namesOf.Remove(connection.ConnectionId);
            return Leave(name, connection);
        }
    }

    /// <summary>On disconnect: leaves every group the connection was in.</summary>
    public Task RemoveAllAsync(HubConnectionContext connection)
    {
        lock (_entries)
        {
            if (!_namesOf.Remove(connection.ConnectionId, out var names)) return Task.CompletedTask;
            return Task.WhenAll(names.Select(name => Leave(name, connection)).ToList());
        }
    }

    private Task Leave(string name, HubConnectionContext connection)
    {
        if (!_entries.TryGetValue(name, out var entry)) return Task.CompletedTask;
        entry.Members.Remove(connection);
        if (entry.Members.Count > 0) return Task.CompletedTask;
        _entries.Remove(name);
        // Each subscription is its own handle: a newer one for the same name is not affected by this one ending.
        return Unsubscribe(entry.Subscription);
    }

    private static async Task Unsubscribe(Task<IAsyncDisposable> subscription) => await (await subscription).DisposeAsync();

    private sealed class Entry(Task<IAsyncDisposable> subscription)
    {
        public HubConnectionStore Members { get; } = new();

        public Task<IAsyncDisposable> Subscription { get; } = subscription;
    }
}
