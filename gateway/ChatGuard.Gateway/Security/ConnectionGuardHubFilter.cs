using System.Collections.Concurrent;
using ChatGuard.Gateway.Accounts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Security;

/// <summary>
/// Guards per hub connection: the browser origin must be allowed for the caller's tenant, one user holds a bounded
/// number of connections on this node, and each connection gets its message bucket (<see cref="MessageRateLimits"/>). Runs before the hub's own code.
/// </summary>
public sealed class ConnectionGuardHubFilter(IOptions<SecurityOptions> options, OriginPolicy origins, MessageRateLimits messageLimits, SecurityMetrics metrics) : IHubFilter
{
    private readonly ConcurrentDictionary<string, int> _connections = new();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var http = context.Context.GetHttpContext();
        if (http is not null && ChatIdentity.TryFrom(context.Context.User, out var who)
            && !origins.IsAllowedForTenant(http.Request.Headers.Origin, who.Tenant))
        {
            metrics.ConnectionRefused("origin");
            throw new HubException("this site is not allowed to connect for your tenant");
        }
        var user = UserOf(context.Context);
        if (_connections.AddOrUpdate(user, 1, (_, n) => n + 1) > options.Value.MaxConnectionsPerUser)
        {
            Release(user);
            metrics.ConnectionRefused("per_user_limit");
            throw new HubException($"too many connections: at most {options.Value.MaxConnectionsPerUser} per user");
        }
        messageLimits.OpenConnection(context.Context.ConnectionId);
        try
        {
            await next(context);
        }
        catch
        {
            // SignalR does not call OnDisconnectedAsync for a connection whose OnConnectedAsync failed.
            Release(user);
            messageLimits.CloseConnection(context.Context.ConnectionId);
            throw;
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        Release(UserOf(context.Context));
        messageLimits.CloseConnection(context.Context.ConnectionId);
        await next(context, exception);
    }

    private static string UserOf(HubCallerContext context) =>
        ChatIdentity.TryFrom(context.User, out var who) ? who.UserKey : "anonymous";

    private void Release(string user)
    {
        if (_connections.AddOrUpdate(user, 0, (_, n) => Math.Max(0, n - 1)) == 0)
            _connections.TryRemove(new KeyValuePair<string, int>(user, 0));
    }
}
