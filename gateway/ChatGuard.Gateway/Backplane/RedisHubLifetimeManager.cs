using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// SignalR across gateway nodes over Redis pub/sub. Microsoft.AspNetCore.SignalR.StackExchangeRedis is not in the
/// package registry here, so this is our own <see cref="HubLifetimeManager{THub}"/>.
/// <para>
/// Each node subscribes to the channels of what it holds (its connections, their users and groups) plus "all".
/// A send is written at once to the recipients on this node and published for the others, which skip their own
/// frames — so when Redis is unreachable, delivery on this node goes on and only the other nodes miss the
/// message (counted and logged by the bus; it is stored, and clients re-fetch it with <c>?after=sequence</c>).
/// Group changes for a connection on another node travel on that connection's channel and are acknowledged by
/// the node holding it, so once <see cref="AddToGroupAsync"/> returns, group sends reach the connection.
/// </para>
/// </summary>
public sealed partial class RedisHubLifetimeManager<THub> : HubLifetimeManager<THub> where THub : Hub
{
    private readonly IBackplaneBus _bus;
    private readonly BackplaneChannels _channels;
    private readonly IReadOnlyList<IHubProtocol> _protocols;
    private readonly BackplaneOptions _options;
    private readonly BackplaneMetrics _metrics;
    private readonly ILogger _logger;
    private readonly string _nodeId = Guid.NewGuid().ToString("N");
    private readonly HubConnectionStore _connections = new();
    private readonly LocalMembership _groups;
    private readonly LocalMembership _users;
    private readonly ConcurrentDictionary<string, Task<IAsyncDisposable>> _connectionSubscriptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _pendingGroupChanges = new();
    private readonly Lazy<Task<IAsyncDisposable[]>> _started;
    private readonly RecentFrames _received = new();
    private long _lastCommandId;
    private long _lastSequence;

    public RedisHubLifetimeManager(IBackplaneBus bus, IHubProtocolResolver protocols, IOptions<BackplaneOptions> options,
        BackplaneMetrics metrics, ILogger<RedisHubLifetimeManager<THub>> logger)
    {
        _bus = bus;
        _options = options.Value;
        _metrics = metrics;
        _logger = logger;
        _protocols = protocols.AllProtocols;
        _channels = new BackplaneChannels(bus, typeof(THub).FullName ?? typeof(THub).Name);
        _groups = new LocalMembership(bus, _channels.Group, (group, frame) => Receive(frame, f => Deliver(_groups!.Members(group), f)));
        _users = new LocalMembership(bus, _channels.User, (user, frame) => Receive(frame, f => Deliver(_users!.Members(user), f)));
        _started = new Lazy<Task<IAsyncDisposable[]>>(() => Task.WhenAll(
            bus.SubscribeAsync(_channels.All, frame => Receive(frame, f => Deliver(_connections, f))),
            bus.SubscribeAsync(_channels.Acks(_nodeId), OnAcknowledged)));
    }

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await _started.Value;
        _connections.Add(connection);
        var id = connection.ConnectionId;
        var connectionChannel = _bus.SubscribeAsync(_channels.Connection(id), frame => Receive(frame, f => Deliver(_connections[id], f)));
        _connectionSubscriptions[id] = connectionChannel;
        await (connection.UserIdentifier is { } user
            ? Task.WhenAll(connectionChannel, _users.AddAsync(user, connection))
            : connectionChannel);
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        _connections.Remove(connection);
        var tasks = new List<Task> { _groups.RemoveAllAsync(connection) };
        if (_connectionSubscriptions.TryRemove(connection.ConnectionId, out var subscription)) tasks.Add(UnsubscribeAsync(subscription));
        if (connection.UserIdentifier is { } user) tasks.Add(_users.RemoveAsync(user, connection));
        await Task.WhenAll(tasks);
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken ct = default) =>
        SendAllExceptAsync(methodName, args, [], ct);

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken ct = default) =>
        FanOutAsync(_connections, _channels.All, "all", Serialize(methodName, args), excludedConnectionIds, ct);

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken ct = default)
    {
        var message = Serialize(methodName, args);
        var local = _connections[connectionId];
        // A connection lives on one node: local ones never need Redis.
        return local is not null
            ? local.WriteAsync(new SerializedHubMessage(message), ct).AsTask()
            : _bus.PublishAsync(_channels.Connection(connectionId), Frame(message, []), "connection", ct);
    }

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken ct = default) =>
        Task.WhenAll(connectionIds.Select(id => SendConnectionAsync(id, methodName, args, ct)));

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken ct = default) =>
        SendGroupExceptAsync(groupName, methodName, args, [], ct);

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken ct = default)
    {
        var message = Serialize(methodName, args);
        return Task.WhenAll(groupNames.Select(g => FanOutAsync(_groups.Members(g), _channels.Group(g), "group", message, [], ct)));
    }

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds,
        CancellationToken ct = default) =>
        FanOutAsync(_groups.Members(groupName), _channels.Group(groupName), "group", Serialize(methodName, args), excludedConnectionIds, ct);

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken ct = default) =>
        FanOutAsync(_users.Members(userId), _channels.User(userId), "user", Serialize(methodName, args), [], ct);

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken ct = default)
    {
        var message = Serialize(methodName, args);
        return Task.WhenAll(userIds.Select(u => FanOutAsync(_users.Members(u), _channels.User(u), "user", message, [], ct)));
    }

    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken ct = default)
    {
        var local = _connections[connectionId];
        return local is not null ? _groups.AddAsync(groupName, local) : ChangeRemoteGroupAsync(connectionId, groupName, join: true, ct);
    }

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken ct = default)
    {
        var local = _connections[connectionId];
        return local is not null ? _groups.RemoveAsync(groupName, local) : ChangeRemoteGroupAsync(connectionId, groupName, join: false, ct);
    }

    /// <summary>Writes to the local recipients and publishes for the other nodes' ones, concurrently.</summary>
    private Task FanOutAsync(HubConnectionStore? local, string channel, string target, SerializedMessage[] message,
        IReadOnlyList<string> excluded, CancellationToken ct)
    {
        var publish = _bus.PublishAsync(channel, Frame(message, excluded), target, ct);
        if (local is null) return publish;
        var writes = Write(local, new SerializedHubMessage(message), excluded, ct);
        return writes.Count == 0 ? publish : Task.WhenAll([.. writes, publish]);
    }

    private static List<Task> Write(HubConnectionStore recipients, SerializedHubMessage message, IReadOnlyList<string> excluded,
        CancellationToken ct)
    {
        var pending = new List<Task>();
        foreach (var connection in recipients)
        {
            if (excluded.Count > 0 && excluded.Contains(connection.ConnectionId)) continue;
            // HubConnectionContext serializes writes per connection (FIFO), so frames keep their order.
            var write = connection.WriteAsync(message, ct);
            if (!write.IsCompletedSuccessfully) pending.Add(write.AsTask());
        }
        return pending;
    }

    private async Task ChangeRemoteGroupAsync(string connectionId, string groupName, bool join, CancellationToken ct)
    {
        await _started.Value;
        var id = Interlocked.Increment(ref _lastCommandId);
        var acknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingGroupChanges[id] = acknowledged;
        try
        {
            var frame = new GroupChangeFrame(_nodeId, NextSequence(), id, connectionId, groupName, join).ToBytes();
            var receivers = await _bus.PublishAsync(_channels.Connection(connectionId), frame, "group_change", ct)
                ?? throw new IOException($"cannot change group membership of connection {connectionId}: its node is unreachable (Redis unavailable)");
            // No node holds it (it disconnected): nothing to change, as SignalR's single-node manager does.
            if (receivers == 0) return;
            try
            {
                await acknowledged.Task.WaitAsync(_options.GroupChangeTimeout, ct);
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"the node holding connection {connectionId} did not confirm the group change within {_options.GroupChangeTimeout}", e);
            }
        }
        finally
        {
            _pendingGroupChanges.TryRemove(id, out _);
        }
    }

    private void Receive(byte[] bytes, Action<InvocationFrame> deliver)
    {
        BackplaneFrame frame;
        try
        {
            frame = BackplaneFrame.Parse(bytes);
        }
        catch (InvalidDataException e)
        {
            LogBadFrame(e);
            return;
        }
        if (frame.Origin == _nodeId) return; // already written to this node's recipients when it was sent
        if (!_received.FirstTime(frame.Origin, frame.Sequence)) return;
        _metrics.Received();
        switch (frame)
        {
            case InvocationFrame invocation:
                deliver(invocation);
                break;
            case GroupChangeFrame change:
                _ = ApplyGroupChangeAsync(change);
                break;
        }
    }

    private async Task ApplyGroupChangeAsync(GroupChangeFrame change)
    {
        try
        {
            if (_connections[change.ConnectionId] is { } connection)
                await (change.Join ? _groups.AddAsync(change.GroupName, connection) : _groups.RemoveAsync(change.GroupName, connection));
            await _bus.PublishAsync(_channels.Acks(change.Origin), BitConverter.GetBytes(change.CommandId), "group_ack", CancellationToken.None);
        }
        catch (Exception e)
        {
            LogGroupChangeFailed(e, change.ConnectionId);
        }
    }

    private void OnAcknowledged(byte[] bytes)
    {
        if (bytes.Length == sizeof(long) && _pendingGroupChanges.TryRemove(BitConverter.ToInt64(bytes), out var acknowledged))
            acknowledged.TrySetResult();
    }

    private static async Task UnsubscribeAsync(Task<IAsyncDisposable> subscription) => await (await subscription).DisposeAsync();

    private async Task ObserveAsync(Task write)
    {
        try
        {
            await write;
        }
        catch (Exception e)
        {
            // HubConnectionContext aborts a connection whose write failed; the client reconnects and re-fetches.
            LogWriteFailed(e);
        }
    }

    /// <summary>Received frames are written without waiting, so one slow client never holds up the channel.</summary>
    private void Deliver(HubConnectionStore? recipients, InvocationFrame frame)
    {
        if (recipients is null) return;
        foreach (var write in Write(recipients, new SerializedHubMessage(frame.Messages), frame.ExcludedConnectionIds, CancellationToken.None))
            _ = ObserveAsync(write);
    }

    private void Deliver(HubConnectionContext? connection, InvocationFrame frame)
    {
        if (connection is null) return;
        var write = connection.WriteAsync(new SerializedHubMessage(frame.Messages));
        if (!write.IsCompletedSuccessfully) _ = ObserveAsync(write.AsTask());
    }

    /// <summary>One serialization per hub protocol; local writes and every receiving node reuse the bytes.</summary>
    private SerializedMessage[] Serialize(string methodName, object?[] args)
    {
        var invocation = new InvocationMessage(methodName, args);
        var messages = new SerializedMessage[_protocols.Count];
        for (var i = 0; i < messages.Length; i++) messages[i] = new SerializedMessage(_protocols[i].Name, _protocols[i].GetMessageBytes(invocation));
        return messages;
    }

    private byte[] Frame(SerializedMessage[] message, IReadOnlyList<string> excluded) =>
        new InvocationFrame(_nodeId, NextSequence(), excluded, message).ToBytes();

    private long NextSequence() => Interlocked.Increment(ref _lastSequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backplane: dropped a frame this node cannot read (another version or deployment on the same channel prefix?)")]
    private partial void LogBadFrame(Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backplane: group change for connection {ConnectionId} failed")]
    private partial void LogGroupChangeFailed(Exception e, string connectionId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Backplane: write to a local connection failed")]
    private partial void LogWriteFailed(Exception e);
}
