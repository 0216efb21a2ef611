using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.ScaleOut;

/// <summary><see cref="TwoNodeCluster"/> whose nodes share a <see cref="ManualClock"/> (S1 counts only in working hours).</summary>
public sealed class ClockedTwoNodeCluster : TwoNodeCluster
{
    public ClockedTwoNodeCluster() : this(new ManualClock(DateTimeOffset.UtcNow))
    {
    }

    private ClockedTwoNodeCluster(ManualClock clock) : base(clock) => Clock = clock;

    public ManualClock Clock { get; }
}
