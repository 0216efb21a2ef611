using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using ChatGuard.Gateway.Accounts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Security;

/// <summary>
/// Guards per hub connection: the browser origin must be allowed for the caller's tenant, one user holds a bounded
/// number of connections on this node, and one connection sends at a bounded rate. Runs before the hub's own code.
/// </summary>
public sealed class ConnectionGuardHubFilter(IOptions<SecurityOptions> options, OriginPolicy origins, SecurityMetrics metrics) : IHubFilter
{
    private static readonly object BucketKey = new();
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
        context.Context.Items[BucketKey] = new TokenBucketRateLimiter(MessageRateLimitCheck.Bucket(options.Value.MessagesPerMinutePerConnection));
        try
        {
            await next(context);
        }
        catch
        {
            // SignalR does not call OnDisconnectedAsync for a connection whose OnConnectedAsync failed.
            Release(user);
            throw;
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        Release(UserOf(context.Context));
        if (context.Context.Items.TryGetValue(BucketKey, out var bucket)) (bucket as IDisposable)?.Dispose();
        await next(context, exception);
    }

    private static string UserOf(HubCallerContext context) =>
        ChatIdentity.TryFrom(context.User, out var who) ? who.UserKey : "anonymous";

    private void Release(string user)
    {
        if (_connections.AddOrUpdate(user, 0, (_, n) => Math.Max(0, n - 1)) == 0)
            _connections.TryRemove(new KeyValuePair<string, int>(user, 0));
    }

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (context.HubMethodName == "SendMessage" && context.Context.Items.TryGetValue(BucketKey, out var value) && value is RateLimiter bucket)
        {
            using var lease = bucket.AttemptAcquire();
            if (!lease.IsAcquired)
            {
                metrics.RateLimited("connection_message");
                throw new HubException($"rate limit: at most {options.Value.MessagesPerMinutePerConnection} messages a minute on one connection");
            }
        }
        return next(context);
    }
}
