namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>One gateway for a test class, on SQLite, with <see cref="ScriptedPipeline"/> in front of the real detectors.</summary>
public sealed class ScriptedGatewayFixture : IAsyncLifetime
{
    public GatewayHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new GatewayBuilder()
            .WithScriptedPipeline()
            // The classes sharing this gateway test what the image scan finds, not how fast: on a loaded 2-core machine a
            // scan can outrun the production 2 s budget and come back undecided.
            .WithSetting("ChatGuard:Attachments:ScanBudgetMs", "30000")
            .Build();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Fresh ids per test, so tests sharing a gateway never see each other's traffic.</summary>
    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 12, 64)];
}
