using System.Buffers.Binary;
using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Tests.Storage;

public sealed class SqliteCheckpointServiceTests
{
    [Fact]
    public async Task Committed_pages_reach_the_database_file_in_the_background_not_in_a_commit()
    {
        var file = Path.Combine(TestDirectories.Create("chatguard-checkpoint-"), "c.db");
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

        var service = new SqliteCheckpointer(db, Options.Create(new StoreOptions { CheckpointInterval = TimeSpan.FromMilliseconds(50) }),
            TimeProvider.System, NullLogger<SqliteCheckpointer>.Instance);
        await service.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (new FileInfo(file).Length < 2_000_000 && DateTime.UtcNow < deadline) await Task.Delay(50);
        await service.StopAsync(CancellationToken.None);

        Assert.True(new FileInfo(file).Length >= 2_000_000, $"database file is {new FileInfo(file).Length} bytes after checkpoints");
    }

    [Fact]
    public async Task Under_steady_writes_and_reads_the_log_starts_over_instead_of_growing_with_everything_written()
    {
        var file = Path.Combine(TestDirectories.Create("chatguard-checkpoint-"), "c.db");
        await using var db = new SqliteDatabase($"Data Source={file}");
        await db.ApplySchemaAsync(["CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"], CancellationToken.None);
        // Rows rewritten in place: the log takes every commit's pages while the database file stays small.
        var body = new string('x', 3000);
        await db.Writes.WriteAsync(async (batch, ct) =>
        {
            for (var id = 0; id < Rows; id++) await batch.Command("INSERT INTO items (id, body) VALUES (@id, @body)", ("id", id), ("body", body)).ExecuteNonQueryAsync(ct);
            return 0;
        }, CancellationToken.None);
        var service = new SqliteCheckpointer(db,
            Options.Create(new StoreOptions { CheckpointInterval = TimeSpan.FromMilliseconds(50), LogResetPages = 300 }),
            TimeProvider.System, NullLogger<SqliteCheckpointer>.Instance);
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
                using var lookup = SqlDatabase.Command(connection, "SELECT length(body) FROM items WHERE id = 7");
                lookup.ExecuteScalar();
            }
        }, TaskCreationOptions.LongRunning);
        // Small commits, one a millisecond (~40 MB/s into the log), counted rather than timed: left alone, SQLite
        // starts the log over only when a commit finds it at wal_autocheckpoint (20 000 pages, 2 000 of these
        // commits). The proof is the log's own header (SQLite's file format: a new salt each time it starts over),
        // not its size at some moment, which depends on how busy the machine is.
        var salt = ReadLogSalt(file);
        var restarts = 0;
        for (var round = 0; round < 1900 && restarts < 3; round++)
        {
            var changed = $"{round:D8}{body}"; // SQLite skips rewriting a row with the same content
            var first = round * 10;
            await db.Writes.WriteAsync(async (batch, ct) =>
            {
                for (var id = first; id < first + 10; id++) await batch.Command("UPDATE items SET body = @body WHERE id = @id", ("body", changed), ("id", id % Rows)).ExecuteNonQueryAsync(ct);
                return 0;
            }, CancellationToken.None);
            var now = ReadLogSalt(file);
            if (now != salt) (salt, restarts) = (now, restarts + 1);
            await Task.Delay(1);
        }
        await stop.CancelAsync();
        await reader;
        await service.StopAsync(CancellationToken.None);

        Assert.True(restarts >= 3, $"the log started over {restarts} times in 1 900 commits of 10 pages");
    }

    private const int Rows = 1000;

    /// <summary>The write-ahead log header's first salt (bytes 16–19), which SQLite changes each time the log starts over.</summary>
    private static uint ReadLogSalt(string databaseFile)
    {
        using var log = new FileStream(databaseFile + "-wal", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> header = stackalloc byte[20];
        log.ReadExactly(header);
        return BinaryPrimitives.ReadUInt32BigEndian(header[16..]);
    }
}
