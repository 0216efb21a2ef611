namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>
/// The business clock under test control: <c>GetUtcNow</c> moves only when told, in either direction, while timers and
/// timestamps stay real — the gateway's background passes (counter catch-up, sweeps) keep running on their own, which a
/// <c>FakeTimeProvider</c> would freeze. Suites whose gateway needs no background pass use <c>FakeTimeProvider</c>.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    /// <summary>Back to the real time: tokens are checked against it, so a test connects its clients there first.</summary>
    public void RealTime() => Set(DateTimeOffset.UtcNow);
}
