using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// Pushes a server event to a group or a user on every node. With Redis configured, SignalR's Redis backplane publishes
/// it; when Redis cannot take it, the push is counted in <c>chatguard.backplane.undelivered</c>, still reaches the
/// recipients connected to this node (<see cref="LocalAudience"/>), and does not fail the caller: what it announced is
/// stored already, and clients on other nodes catch up with <c>?after=sequence</c>.
/// </summary>
public sealed partial class LiveEvents(LocalAudience audience, BackplaneMetrics metrics, ILogger<LiveEvents> logger)
{
    public Task ToGroupAsync<THub>(IHubContext<THub> hub, string group, string method, object payload, CancellationToken ct) where THub : Hub =>
        SendAsync(hub.Clients.Group(group), () => audience.InGroup(group), hub, "group", method, payload, ct);

    public Task ToUserAsync<THub>(IHubContext<THub> hub, string user, string method, object payload, CancellationToken ct) where THub : Hub =>
        SendAsync(hub.Clients.User(user), () => audience.OfUser(user), hub, "user", method, payload, ct);

    private async Task SendAsync<THub>(IClientProxy everywhere, Func<IReadOnlyList<string>> local, IHubContext<THub> hub, string target,
        string method, object payload, CancellationToken ct) where THub : Hub
    {
        try
        {
            await everywhere.SendAsync(method, payload, ct);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            metrics.Undelivered(target);
            LogUndelivered(method, target, e.GetType().Name);
            // One connection at a time: SignalR's Redis manager writes to a connection of this node directly, without Redis
            // (its many-connections send publishes each one).
            foreach (var connectionId in local()) await hub.Clients.Client(connectionId).SendAsync(method, payload, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live '{Method}' event to a {Target} not published ({Failure}): Redis is unavailable; this node's recipients get it directly, others catch up from history")]
    private partial void LogUndelivered(string method, string target, string failure);
}
