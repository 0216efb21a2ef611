using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Hosting;

/// <summary>Creates or migrates the store's schema before the server starts taking connections.</summary>
public sealed partial class StoreInitializer(IChatStore store, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await store.InitializeAsync(ct);
        LogReady(store.GetType().Name);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Store {Store} ready")]
    private partial void LogReady(string store);
}
