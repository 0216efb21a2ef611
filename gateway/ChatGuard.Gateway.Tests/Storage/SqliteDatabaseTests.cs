using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ChatGuard.Gateway.Tests.Storage;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly string _directory = TestDirectories.Create("chatguard-sqlite-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Every_connection_handed_out_has_the_durability_and_busy_settings_including_pooled_ones()
    {
        var db = new SqliteDatabase($"Data Source={Path.Combine(_directory, "p.db")}");
        await db.ApplySchemaAsync(["CREATE TABLE IF NOT EXISTS t (x INTEGER)"], CancellationToken.None);
        var handles = new HashSet<object>(ReferenceEqualityComparer.Instance);

        for (var i = 0; i < 5; i++)
        {
            // two open at once, so the pool holds more than one native handle
            await using var a = await db.OpenAsync(CancellationToken.None);
            await using var b = await db.OpenAsync(CancellationToken.None);
            foreach (var connection in new[] { a, b })
            {
                handles.Add(((SqliteConnection)connection).Handle!);
                Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous")); // NORMAL
                Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
                Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
            }
        }
        Assert.InRange(handles.Count, 2, 3); // the pool reused native handles: the settings survived reuse

        SqliteConnection.ClearAllPools(); // fresh native handles are configured too
        await using var fresh = await db.OpenAsync(CancellationToken.None);
        Assert.Equal(1L, await ScalarAsync(fresh, "PRAGMA synchronous"));
    }

    [Fact]
    public async Task A_column_added_in_a_later_release_is_added_once_and_the_schema_applies_again_without_error()
    {
        var db = new SqliteDatabase($"Data Source={Path.Combine(_directory, "m.db")}");
        await db.ApplySchemaAsync(["CREATE TABLE IF NOT EXISTS t (x INTEGER)"], CancellationToken.None);
        await using (var connection = await db.OpenAsync(CancellationToken.None))
        await using (var insert = SqlDatabase.Command(connection, "INSERT INTO t (x) VALUES (1)"))
            await insert.ExecuteNonQueryAsync();

        string[] upgraded = ["CREATE TABLE IF NOT EXISTS t (x INTEGER)", db.AddColumn("t", "y", "TEXT NOT NULL DEFAULT '[]'")];
        await db.ApplySchemaAsync(upgraded, CancellationToken.None);
        await db.ApplySchemaAsync(upgraded, CancellationToken.None); // every start applies the schema again

        await using var check = await db.OpenAsync(CancellationToken.None);
        Assert.Equal("[]", await ScalarAsync(check, "SELECT y FROM t WHERE x = 1"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.ApplySchemaAsync(["ALTER TABLE t ADD COLUMN z TEXT NOT NULL"], CancellationToken.None)); // other failures still fail
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = SqlDatabase.Command(connection, sql);
        return await command.ExecuteScalarAsync();
    }
}
