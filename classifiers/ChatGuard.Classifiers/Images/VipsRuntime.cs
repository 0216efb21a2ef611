using ChatGuard.Classifiers.Images.Native;

namespace ChatGuard.Classifiers.Images;

/// <summary>Starts libvips once per process, configured for scanning untrusted uploads.</summary>
internal static class VipsRuntime
{
    private static readonly Lazy<int> Started = new(static () =>
    {
        if (Vips.Init("chatguard") != 0) throw new InvalidOperationException("libvips failed to start: " + Vips.TakeError());
        // The operation cache would keep images alive that point into caller buffers we unpin after each scan.
        Vips.CacheSetMax(0);
        // Requests are the unit of parallelism in the gateway; one worker thread per image keeps latency predictable.
        Vips.ConcurrencySet(1);
        return 0;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureStarted() => _ = Started.Value;
}
