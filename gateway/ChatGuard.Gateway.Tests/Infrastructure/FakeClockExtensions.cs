using Microsoft.Extensions.Time.Testing;

namespace ChatGuard.Gateway.Tests.Infrastructure;

public static class FakeClockExtensions
{
    /// <summary>
    /// Moves the gateway's business clock (sanction expiry, spam windows, retention) as when a machine's clock is set:
    /// timers keep their schedule. <see cref="FakeTimeProvider.Advance"/> would also fire every periodic timer once per
    /// period in between — a 15 s gauge 2 million times for a year — and run background passes the test does not expect.
    /// </summary>
    public static void AdjustTimeBy(this FakeTimeProvider clock, TimeSpan by) => clock.AdjustTime(clock.GetUtcNow() + by);
}
