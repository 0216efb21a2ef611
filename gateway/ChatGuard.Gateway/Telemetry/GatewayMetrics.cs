using System.Diagnostics;
using System.Diagnostics.Metrics;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Telemetry;

/// <summary>
/// The gateway's own instruments, on the <c>ChatGuard.Gateway</c> meter (created through <see cref="IMeterFactory"/>, so
/// two hosts in one process keep their figures apart). Tags are low-cardinality only — action, label, role, hub,
/// operation — never message text, user ids or conversation ids (S12).
/// </summary>
public sealed class GatewayMetrics
{
    public const string MeterName = "ChatGuard.Gateway";

    // Milliseconds from 50 µs (an in-memory step) to 5 s (a stalled store or Redis).
    private static readonly InstrumentAdvice<double> MillisecondBuckets = new()
    {
        HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000],
    };

    private readonly Counter<long> _messages;
    private readonly Histogram<double> _send;
    private readonly Histogram<double> _scan;
    private readonly Histogram<double> _delivery;
    private readonly Histogram<double> _store;
    private readonly Histogram<double> _redis;
    private readonly UpDownCounter<long> _connections;
    private long _flagsPending = -1;
    private readonly UpDownCounter<long> _handoffsActive;

    public GatewayMetrics(IMeterFactory meters, SqlDatabase? store = null)
    {
        var meter = meters.Create(MeterName);
        _messages = meter.CreateCounter<long>("chatguard.messages", "{message}",
            "Messages stored, by verdict action, label (none when clean) and sender role; a message with two labels counts once per label");
        _send = Milliseconds(meter, "chatguard.send.duration", "Server time of one SendMessage from receipt to acknowledgement");
        _scan = Milliseconds(meter, "chatguard.scan.duration", "Time of the inline moderation scan of one message");
        _delivery = Milliseconds(meter, "chatguard.delivery.duration", "Time to hand one message to its recipients' connections");
        _store = Milliseconds(meter, "chatguard.store.duration", "Time of one store operation on the send path, by operation");
        _redis = Milliseconds(meter, "chatguard.redis.duration", "Time of one Redis call, by command");
        _connections = meter.CreateUpDownCounter<long>("chatguard.connections", "{connection}", "Open hub connections, by hub");
        // Read from the store (every node sees the same queue), so it is a gauge of the whole deployment, not a per-node delta.
        meter.CreateObservableGauge("chatguard.flags.pending", () => Interlocked.Read(ref _flagsPending) is var n && n >= 0
            ? [new Measurement<long>(n)] : Array.Empty<Measurement<long>>(), "{flag}", "Flags of every tenant waiting for a moderator's decision");
        if (store is not null)
        {
            meter.CreateObservableCounter("chatguard.store.commits", () => store.Writes.CommittedBatches, "{transaction}",
                "Group commits of the send path's writes");
            meter.CreateObservableCounter("chatguard.store.writes", () => store.Writes.CommittedWrites, "{write}",
                "Writes committed in those group commits (writes / commits = the batching factor)");
        }
        _handoffsActive = meter.CreateUpDownCounter<long>("chatguard.handoffs.active", "{shop}", "Shops whose reception the bot has taken over (S1)");
    }

    private static Histogram<double> Milliseconds(Meter meter, string name, string description) =>
        meter.CreateHistogram(name, "ms", description, tags: null, advice: MillisecondBuckets);

    public void MessageStored(string action, IReadOnlyList<string> labels, string role)
    {
        if (!_messages.Enabled) return;
        if (labels.Count == 0) _messages.Add(1, new("action", action), new("label", "none"), new("role", role));
        foreach (var label in labels) _messages.Add(1, new("action", action), new("label", label), new("role", role));
    }

    public void SendCompleted(long startTimestamp, string outcome) => _send.Record(Since(startTimestamp), new KeyValuePair<string, object?>("outcome", outcome));

    public void Scanned(long startTimestamp) => _scan.Record(Since(startTimestamp));

    public void Delivered(long startTimestamp) => _delivery.Record(Since(startTimestamp));

    public void StoreOperation(long startTimestamp, string operation) => _store.Record(Since(startTimestamp), new KeyValuePair<string, object?>("operation", operation));

    public void RedisCall(long startTimestamp, string command) => _redis.Record(Since(startTimestamp), new KeyValuePair<string, object?>("command", command));

    public void ConnectionOpened(string hub) => _connections.Add(1, new KeyValuePair<string, object?>("hub", hub));

    public void ConnectionClosed(string hub) => _connections.Add(-1, new KeyValuePair<string, object?>("hub", hub));

    /// <summary>The flag queue's depth as last counted in the store.</summary>
    public void FlagsPending(long count) => Interlocked.Exchange(ref _flagsPending, count);

    /// <summary>For S1: +1 when the bot takes a shop's reception over, -1 when an agent takes it back.</summary>
    public void HandoffsActiveChanged(long delta) => _handoffsActive.Add(delta);

    private static double Since(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
}
