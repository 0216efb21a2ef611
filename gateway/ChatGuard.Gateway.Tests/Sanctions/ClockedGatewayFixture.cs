using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Sanctions;

/// <summary>
/// A gateway with the scripted pipeline and a <see cref="ManualClock"/> that each test resets to the real time. Only
/// the spam tests still share it; tests that move time forward only build a gateway per test on a FakeTimeProvider
/// (<see cref="SanctionTests"/>).
/// </summary>
public sealed class ClockedGatewayFixture : IAsyncLifetime
{
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public GatewayHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new GatewayBuilder().WithScriptedPipeline().WithClock(Clock).Build();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
