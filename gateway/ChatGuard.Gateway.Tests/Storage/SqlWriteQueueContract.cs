using System.Data.Common;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Tests.Storage;

/// <summary>Group commit on both engines: batching, isolation of a failing write, cancellation, shutdown.</summary>
public abstract class SqlWriteQueueContract
{
    protected abstract Task<SqlDatabase> CreateDatabaseAsync();

    private async Task<SqlDatabase> DatabaseAsync()
    {
        var db = await CreateDatabaseAsync();
        await db.ApplySchemaAsync(["CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, n INTEGER NOT NULL)"], CancellationToken.None);
        return db;
    }

    private static Task<int> Insert(SqlDatabase db, string id, int n, CancellationToken ct = default) =>
        db.Writes.WriteAsync((batch, token) => batch.Command("INSERT INTO items (id, n) VALUES (@id, @n)", ("id", id), ("n", n))
            .ExecuteNonQueryAsync(token), ct);

    /// <summary>A write that holds the writer until <paramref name="gate"/> opens, so the next ones queue up behind it.</summary>
    private static async Task<Task<int>> BlockerAsync(SqlDatabase db, Task gate)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = db.Writes.WriteAsync(async (batch, token) =>
        {
            started.TrySetResult();
            await gate.WaitAsync(token);
            return await batch.Command("INSERT INTO items (id, n) VALUES (@id, @n)", ("id", "blocker"), ("n", 0)).ExecuteNonQueryAsync(token);
        }, CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return blocker;
    }

    private static async Task<long> CountAsync(SqlDatabase db, string where = "1 = 1")
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await using var count = SqlDatabase.Command(connection, $"SELECT COUNT(*) FROM items WHERE {where}");
        return Convert.ToInt64(await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Writes_queued_while_one_commits_go_together_in_the_next_transaction_and_are_readable_when_acknowledged()
    {
        var db = await DatabaseAsync();
        var gate = new TaskCompletionSource();
        var blocker = await BlockerAsync(db, gate.Task);
        var queued = Enumerable.Range(0, 50).Select(i => Insert(db, $"i{i}", i)).ToList();
        // Nothing is acknowledged before its commit. The blocker holds the only writer, so no later write can show the
        // queue has looked at these: a bounded wait gives a wrong early acknowledgement the time to show.
        await Assert.ThrowsAsync<TimeoutException>(() => Task.WhenAny(queued).WaitAsync(TimeSpan.FromMilliseconds(100)));
        Assert.All(queued, t => Assert.False(t.IsCompleted));
        gate.SetResult();

        Assert.Equal(1, await blocker);
        foreach (var write in queued)
        {
            Assert.Equal(1, await write);
        }
        Assert.Equal(51, await CountAsync(db));
        Assert.Equal(2, db.Writes.CommittedBatches); // the blocker alone, then the 50 together
        Assert.Equal(51, db.Writes.CommittedWrites);
        await db.DisposeAsync();
    }

    [Fact]
    public async Task A_failing_write_fails_alone_and_its_neighbours_in_the_batch_are_committed()
    {
        var db = await DatabaseAsync();
        var gate = new TaskCompletionSource();
        var blocker = await BlockerAsync(db, gate.Task);
        var writes = Enumerable.Range(0, 10).Select(i => Insert(db, i == 5 ? "blocker" : $"w{i}", i)).ToList(); // 5 breaks the key
        gate.SetResult();
        await blocker;

        for (var i = 0; i < writes.Count; i++)
        {
            if (i == 5) await Assert.ThrowsAnyAsync<DbException>(() => writes[i]);
            else Assert.Equal(1, await writes[i]);
        }
        Assert.Equal(10, await CountAsync(db)); // the blocker and nine
        Assert.Equal(0, await CountAsync(db, "id = 'w5'"));
        await db.DisposeAsync();
    }

    [Fact]
    public async Task A_write_whose_caller_gave_up_before_it_ran_is_not_written()
    {
        var db = await DatabaseAsync();
        var gate = new TaskCompletionSource();
        var blocker = await BlockerAsync(db, gate.Task);
        using var cancel = new CancellationTokenSource();
        var abandoned = Insert(db, "abandoned", 1, cancel.Token);
        var kept = Insert(db, "kept", 2);
        await cancel.CancelAsync();
        gate.SetResult();
        await blocker;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal(1, await kept);
        Assert.Equal(0, await CountAsync(db, "id = 'abandoned'"));
        await db.DisposeAsync();
    }

    [Fact]
    public async Task Shutting_down_commits_what_was_queued_and_refuses_new_writes()
    {
        var db = await DatabaseAsync();
        var gate = new TaskCompletionSource();
        var blocker = await BlockerAsync(db, gate.Task);
        var queued = Enumerable.Range(0, 5).Select(i => Insert(db, $"q{i}", i)).ToList();
        var disposing = db.Writes.DisposeAsync().AsTask();
        gate.SetResult();
        await disposing;

        await blocker;
        foreach (var write in queued) Assert.Equal(1, await write);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => Insert(db, "late", 1));
        Assert.Equal(6, await CountAsync(db));
    }

    [Fact]
    public async Task Upkeep_runs_alone_after_the_writes_queued_before_it_have_committed_and_outside_any_transaction()
    {
        var db = await DatabaseAsync();
        var gate = new TaskCompletionSource();
        var blocker = await BlockerAsync(db, gate.Task);
        var before = Enumerable.Range(0, 5).Select(i => Insert(db, $"b{i}", i)).ToList();
        long seen = -1;
        var upkeep = db.Writes.MaintainAsync(async (connection, ct) =>
        {
            // Its own statement on the writer's connection: a transaction left open would make this one fail.
            await using (var begin = SqlDatabase.Command(connection, "BEGIN")) await begin.ExecuteNonQueryAsync(ct);
            await using (var count = SqlDatabase.Command(connection, "SELECT COUNT(*) FROM items"))
                seen = Convert.ToInt64(await count.ExecuteScalarAsync(ct));
            await using (var end = SqlDatabase.Command(connection, "COMMIT")) await end.ExecuteNonQueryAsync(ct);
        }, CancellationToken.None);
        var after = Enumerable.Range(0, 5).Select(i => Insert(db, $"a{i}", i)).ToList();
        gate.SetResult();

        await upkeep;
        Assert.Equal(6, seen); // the blocker and the five before it, none of the five after
        foreach (var write in before.Concat(after)) Assert.Equal(1, await write);
        Assert.Equal(11, await CountAsync(db));
        await blocker;
        await db.DisposeAsync();
    }

    [Fact]
    public async Task Failing_upkeep_fails_alone_and_writes_go_on()
    {
        var db = await DatabaseAsync();
        var upkeep = db.Writes.MaintainAsync(async (connection, ct) =>
        {
            await using var broken = SqlDatabase.Command(connection, "SELECT * FROM no_such_table");
            await broken.ExecuteNonQueryAsync(ct);
        }, CancellationToken.None);
        await Assert.ThrowsAnyAsync<DbException>(() => upkeep);
        Assert.Equal(1, await Insert(db, "next", 1));
        Assert.Equal(1, await CountAsync(db));
        await db.DisposeAsync();
    }

    [Fact]
    public async Task Upkeep_whose_caller_gave_up_before_it_ran_does_not_run()
    {
        var db = await DatabaseAsync();
        var gate = new TaskCompletionSource();
        var blocker = await BlockerAsync(db, gate.Task);
        using var cancel = new CancellationTokenSource();
        var ran = false;
        var upkeep = db.Writes.MaintainAsync((_, _) => { ran = true; return Task.CompletedTask; }, cancel.Token);
        await cancel.CancelAsync();
        gate.SetResult();
        await blocker;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upkeep);
        Assert.Equal(1, await Insert(db, "next", 1));
        Assert.False(ran);
        await db.DisposeAsync();
    }
}
