namespace ChatGuard.Gateway.Tests.Sanctions;

/// <summary>A clock the test moves by hand (mute expiry, spam windows) instead of sleeping.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    /// <summary>Back to the real time: tokens the gateway issues are checked against the real clock, so each test starts there.</summary>
    public void Reset() => Interlocked.Exchange(ref _ticks, DateTimeOffset.UtcNow.UtcTicks);
}
