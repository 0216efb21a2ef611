using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Spam;

/// <summary>Recent activity in this process's memory (no <c>ChatGuard:Redis:Configuration</c>): right for one node only.</summary>
public sealed class InProcessRecentActivityStore(IOptionsMonitor<SpamOptions> options) : IRecentActivityStore
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, RecentActivity<TextFingerprint?>> _activity = new();
    private long _changes;

    public Task<T> ChangeAsync<T>(string key, DateTimeOffset now, Func<RecentActivity<TextFingerprint?>, T> change, CancellationToken ct)
    {
        var o = options.CurrentValue;
        if (Interlocked.Increment(ref _changes) % SweepEvery == 0) Sweep(now - o.Window);
        var activity = _activity.GetOrAdd(key, _ => new RecentActivity<TextFingerprint?>(o.MaxRecentPerSender));
        lock (activity) return Task.FromResult(change(activity));
    }

    /// <summary>Forgets keys with nothing inside the window, so memory follows the active senders and shops only.</summary>
    private void Sweep(DateTimeOffset oldest)
    {
        foreach (var (key, activity) in _activity)
            lock (activity)
                if (activity.Newest < oldest) _activity.TryRemove(key, out _);
    }
}
