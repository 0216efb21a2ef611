using ChatGuard.Gateway.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Tests.Storage;

public sealed class SqliteCheckpointServiceTests
{
    [Fact]
    public async Task Committed_pages_reach_the_database_file_in_the_background_not_in_a_commit()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("chatguard-checkpoint-").FullName, "c.db");
        await using var db = new SqliteDatabase($"Data Source={file}");
        await db.ApplySchemaAsync(["CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"], CancellationToken.None);
        var body = new string('x', 1000);
        for (var i = 0; i < 50; i++)
        {
            await db.Writes.WriteAsync(async (batch, ct) =>
            {
                for (var j = 0; j < 40; j++) await batch.Command("INSERT INTO items (body) VALUES (@body)", ("body", body)).ExecuteNonQueryAsync(ct);
                return 0;
            }, CancellationToken.None);
        }
        // 2 MB committed, all of it still in the write-ahead log: no commit checkpointed on its own.
        Assert.True(new FileInfo(file).Length < 200_000, $"database file is {new FileInfo(file).Length} bytes before any checkpoint");

        var service = new SqliteCheckpointService(db, Options.Create(new StoreOptions { CheckpointInterval = TimeSpan.FromMilliseconds(50) }),
            TimeProvider.System, NullLogger<SqliteCheckpointService>.Instance);
        await service.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (new FileInfo(file).Length < 2_000_000 && DateTime.UtcNow < deadline) await Task.Delay(50);
        await service.StopAsync(CancellationToken.None);

        Assert.True(new FileInfo(file).Length >= 2_000_000, $"database file is {new FileInfo(file).Length} bytes after checkpoints");
    }

    [Fact]
    public async Task Under_steady_writes_and_reads_the_log_starts_over_instead_of_growing_with_everything_written()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("chatguard-checkpoint-").FullName, "c.db");
        await using var db = new SqliteDatabase($"Data Source={file}");
        await db.ApplySchemaAsync(["CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"], CancellationToken.None);
        var service = new SqliteCheckpointService(db,
            Options.Create(new StoreOptions { CheckpointInterval = TimeSpan.FromMilliseconds(50), LogResetPages = 300 }),
            TimeProvider.System, NullLogger<SqliteCheckpointService>.Instance);
        await service.StartAsync(CancellationToken.None);

        using var stop = new CancellationTokenSource();
        // On its own thread: SQLite's calls are synchronous, and a loop of them on the thread pool would starve the
        // service's timer on a small machine.
        var reader = Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var connection = db.OpenAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
                // Point lookups, like the send path's: a reader inside the log when the writer resets it only postpones that.
                using var lookup = SqlDatabase.Command(connection, "SELECT length(body) FROM items WHERE id = (SELECT MAX(id) FROM items)");
                lookup.ExecuteScalar();
            }
        }, TaskCreationOptions.LongRunning);
        // About 9 000 pages (36 MB) in small commits, never pausing long enough for a checkpoint to catch up: without
        // the reset the log holds all of it.
        var body = new string('x', 3000);
        for (var i = 0; i < 900; i++)
        {
            await db.Writes.WriteAsync(async (batch, ct) =>
            {
                for (var j = 0; j < 10; j++) await batch.Command("INSERT INTO items (body) VALUES (@body)", ("body", body)).ExecuteNonQueryAsync(ct);
                return 0;
            }, CancellationToken.None);
        }
        await stop.CancelAsync();
        await reader;
        await service.StopAsync(CancellationToken.None);

        var log = new FileInfo(file + "-wal").Length;
        Assert.True(log < 20_000_000, $"the write-ahead log grew to {log} bytes for 36 MB written");
    }
}
