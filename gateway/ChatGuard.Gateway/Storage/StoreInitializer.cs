
namespace ChatGuard.Gateway.Storage;

/// <summary>Creates or migrates every store's tables before the server starts taking connections.</summary>
public sealed partial class StoreInitializer(SqlDatabase database, IEnumerable<ISchemaContributor> stores, ILogger<StoreInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await database.ApplySchemaAsync(stores.Distinct().SelectMany(s => s.SchemaStatements(database)).ToList(), ct);
        LogReady(database.GetType().Name);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Store {Database} ready")]
    private partial void LogReady(string database);
}
