using System.Data.Common;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// Moves committed pages from the SQLite write-ahead log into the database file, off the send path. Left to
/// SQLite, the commit that fills the log does this itself, fsync included, and every send waiting on that commit
/// waits for the disk: the latency tail under steady load. A PASSIVE checkpoint on this connection runs beside the
/// writer and readers instead of blocking them.
/// Under steady writes that alone never lets the log start over (a commit always lands between a checkpoint and the
/// next write, and some reader is always on an older snapshot), so the file would grow until SQLite's own checkpoint
/// fires inside a commit. Once the log passes <see cref="StoreOptions.LogResetPages"/>, the writer itself, between two
/// batches, copies the few pages committed since and waits briefly for readers to move past the log (a RESTART
/// checkpoint); its next write then starts the log from the beginning.
/// </summary>
public sealed partial class SqliteCheckpointer(SqlDatabase db, IOptions<StoreOptions> options, TimeProvider clock,
    ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>How long the writer waits for readers still inside the log; a slow one only postpones the reset.</summary>
    private const int ReaderWaitMs = 2;

    /// <summary>
    /// Checkpoints before the writer's: each copies what was committed during the one before, so the writer, which
    /// holds every send while it works, is left a few milliseconds' worth (two fsyncs of almost nothing).
    /// </summary>
    private const int CatchUpPasses = 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckpointInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using (var connection = await db.OpenAsync(stoppingToken))
                {
                    if (await CheckpointAsync(connection, "PASSIVE", stoppingToken) < options.Value.LogResetPages) continue;
                    for (var pass = 0; pass < CatchUpPasses; pass++) await CheckpointAsync(connection, "PASSIVE", stoppingToken);
                }
                await db.Writes.MaintainAsync(RestartLogAsync, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCheckpointFailed(e); // the log keeps growing until the next tick succeeds; nothing is lost
            }
        }
    }

    private static async Task RestartLogAsync(DbConnection writer, CancellationToken ct)
    {
        await SetBusyTimeoutAsync(writer, ReaderWaitMs, ct);
        try
        {
            await CheckpointAsync(writer, "RESTART", ct);
        }
        finally
        {
            await SetBusyTimeoutAsync(writer, SqliteDatabase.BusyTimeoutMs, CancellationToken.None);
        }
    }

    private static async Task SetBusyTimeoutAsync(DbConnection connection, int milliseconds, CancellationToken ct)
    {
        await using var pragma = SqlDatabase.Command(connection, $"PRAGMA busy_timeout = {milliseconds}");
        await pragma.ExecuteNonQueryAsync(ct);
    }

    /// <summary>One checkpoint; returns the pages in the log (SQLite's second result column).</summary>
    private static async Task<long> CheckpointAsync(DbConnection connection, string mode, CancellationToken ct)
    {
        await using var checkpoint = SqlDatabase.Command(connection, $"PRAGMA wal_checkpoint({mode})");
        await using var result = await checkpoint.ExecuteReaderAsync(ct);
        return await result.ReadAsync(ct) ? result.GetInt64(1) : 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite checkpoint failed; the write-ahead log grows until the next one succeeds")]
    private partial void LogCheckpointFailed(Exception e);
}
