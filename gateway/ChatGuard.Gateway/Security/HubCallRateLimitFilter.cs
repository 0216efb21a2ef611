using System.Globalization;
using System.Threading.RateLimiting;
using ChatGuard.Gateway.Accounts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Security;

/// <summary>
/// Issue 18 item 10: every hub method is limited, not only <c>SendMessage</c>. One token bucket per user (the whole
/// identity) covers all calls on all of its connections on this node; <c>StartConversation</c>, which creates a
/// conversation per new shop, has a smaller one of its own. SendMessage keeps its per-user and per-connection buckets too.
/// </summary>
public sealed class HubCallRateLimitFilter : IHubFilter, IDisposable
{
    private const string StartConversation = "StartConversation";
    private readonly SecurityOptions _options;
    private readonly SecurityMetrics _metrics;
    private readonly PartitionedRateLimiter<string> _calls;
    private readonly PartitionedRateLimiter<string> _conversations;

    public HubCallRateLimitFilter(IOptions<SecurityOptions> options, SecurityMetrics metrics)
    {
        _options = options.Value;
        _metrics = metrics;
        var calls = _options.HubCallsPerMinutePerUser;
        var conversations = _options.ConversationsPerMinutePerUser;
        _calls = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, _ => TokenBuckets.PerMinute(calls)));
        _conversations = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, _ => TokenBuckets.PerMinute(conversations)));
    }

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var user = ChatIdentity.TryFrom(context.Context.User, out var who) ? who.UserKey : context.Context.ConnectionId;
        Acquire(_calls, user, "hub_call", $"at most {_options.HubCallsPerMinutePerUser} hub calls a minute");
        if (context.HubMethodName == StartConversation)
            Acquire(_conversations, user, "conversation_start", $"at most {_options.ConversationsPerMinutePerUser} conversations started a minute");
        return next(context);
    }

    private void Acquire(PartitionedRateLimiter<string> limiter, string user, string kind, string limit)
    {
        using var lease = limiter.AttemptAcquire(user);
        if (lease.IsAcquired) return;
        _metrics.RateLimited(kind);
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        throw new HubException($"rate limit: {limit}; try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture)} s");
    }

    public void Dispose()
    {
        _calls.Dispose();
        _conversations.Dispose();
    }
}
