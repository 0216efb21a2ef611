using System.Collections.Concurrent;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// This node's own connections by group and by user. SignalR's Redis backplane delivers group and user messages through
/// Redis even to connections on the sending node; while Redis is down, <see cref="LiveEvents"/> reaches these directly,
/// so chat between two people on the same node stays live through an outage.
/// </summary>
public sealed class LocalAudience
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _members = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> _keysOfConnection = new(StringComparer.Ordinal);

    public void JoinedGroup(string connectionId, string group) => Add(connectionId, "g:" + group);

    public void Connected(string connectionId, string? user)
    {
        if (user is not null) Add(connectionId, "u:" + user);
    }

    public void Disconnected(string connectionId)
    {
        if (!_keysOfConnection.TryRemove(connectionId, out var keys)) return;
        foreach (var key in keys)
        {
            if (_members.TryGetValue(key, out var connections)) connections.TryRemove(connectionId, out _);
        }
    }

    public IReadOnlyList<string> InGroup(string group) => Members("g:" + group);

    public IReadOnlyList<string> OfUser(string user) => Members("u:" + user);

    private IReadOnlyList<string> Members(string key) => _members.TryGetValue(key, out var connections) ? [.. connections.Keys] : [];

    private void Add(string connectionId, string key)
    {
        _members.GetOrAdd(key, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))[connectionId] = 0;
        _keysOfConnection.GetOrAdd(connectionId, _ => []).Add(key);
    }
}
