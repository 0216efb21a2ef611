namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// The frames a node received lately, per origin. The shared Redis client retries a PUBLISH that timed out, and a
/// timed-out PUBLISH may still have gone out: without this, a slow Redis would deliver some messages twice.
/// </summary>
public sealed class RecentFrames(int capacityPerOrigin = 8192)
{
    private readonly Dictionary<string, Window> _byOrigin = new(StringComparer.Ordinal);

    /// <summary>True the first time a frame is seen; false for a copy of one seen within the last <c>capacityPerOrigin</c>.</summary>
    public bool FirstTime(string origin, long sequence)
    {
        lock (_byOrigin)
        {
            if (!_byOrigin.TryGetValue(origin, out var window)) _byOrigin[origin] = window = new Window();
            if (!window.Seen.Add(sequence)) return false;
            window.Order.Enqueue(sequence);
            if (window.Order.Count > capacityPerOrigin) window.Seen.Remove(window.Order.Dequeue());
            return true;
        }
    }

    private sealed class Window
    {
        public HashSet<long> Seen { get; } = [];

        public Queue<long> Order { get; } = new();
    }
}
