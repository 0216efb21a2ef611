using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// Moves committed pages from the SQLite write-ahead log into the database file, off the send path. Left to
/// SQLite, the commit that fills the log does this itself, fsync included, and every send waiting on that commit
/// waits for the disk: the latency tail under steady load. A PASSIVE checkpoint on this connection runs beside the
/// writer and readers instead of blocking them.
/// </summary>
public sealed partial class SqliteCheckpointService(SqlDatabase db, IOptions<StoreOptions> options, TimeProvider clock,
    ILogger<SqliteCheckpointService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckpointInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var connection = await db.OpenAsync(stoppingToken);
                await using var checkpoint = SqlDatabase.Command(connection, "PRAGMA wal_checkpoint(PASSIVE)");
                await checkpoint.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCheckpointFailed(e); // the log keeps growing until the next tick succeeds; nothing is lost
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite checkpoint failed; the write-ahead log grows until the next one succeeds")]
    private partial void LogCheckpointFailed(Exception e);
}
