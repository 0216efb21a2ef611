using System.Data.Common;
using System.Threading.Channels;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// Group commit for the send path: writes queue up while the previous transaction commits, then the next ones run
/// together in one transaction on one long-lived connection and all complete after its commit. A caller still
/// learns of its write only once it is committed (a message is acknowledged only once stored), but the engine
/// commits once per batch instead of once per message, and the writer's prepared statements are reused.
/// A write that fails does not fail its neighbours: the batch is rolled back and each write retried on its own.
/// </summary>
public sealed class SqlWriteQueue : IAsyncDisposable
{
    /// <summary>Enough to amortize a commit; small enough that one batch never holds the writer for long.</summary>
    public const int MaxBatch = 256;

    private readonly SqlDatabase _db;
    private readonly Channel<IWrite> _queue = Channel.CreateUnbounded<IWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lazy<Task> _loop;
    private SqlWriteBatch? _writer;
    private long _batches;
    private long _writes;

    public SqlWriteQueue(SqlDatabase db)
    {
        _db = db;
        _loop = new Lazy<Task>(() => Task.Run(RunAsync), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Transactions committed so far (telemetry: writes per commit shows how much batching saves).</summary>
    public long CommittedBatches => Interlocked.Read(ref _batches);

    /// <summary>Writes committed so far.</summary>
    public long CommittedWrites => Interlocked.Read(ref _writes);

    /// <summary>
    /// Runs <paramref name="work"/> inside the next batch's transaction and returns its result once that transaction
    /// has committed. The work may run twice (once in the batch, once alone after a neighbour failed): it must only
    /// issue SQL and return what it read, never change anything outside the database.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqlWriteBatch, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var write = new Write<T>(work, ct);
        if (!_queue.Writer.TryWrite(write)) throw new ObjectDisposedException(nameof(SqlWriteQueue), "the store is shutting down");
        _ = _loop.Value;
        return write.Completion.Task;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the writer's own connection between two batches, outside any transaction, while
    /// no write can commit: for engine upkeep that must see the log exactly as the writer left it (SQLite's log reset,
    /// <see cref="SqliteCheckpointer"/>). Keep it short: every write queued meanwhile waits for it.
    /// </summary>
    public Task MaintainAsync(Func<DbConnection, CancellationToken, Task> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var upkeep = new Upkeep(work, ct);
        if (!_queue.Writer.TryWrite(upkeep)) throw new ObjectDisposedException(nameof(SqlWriteQueue), "the store is shutting down");
        _ = _loop.Value;
        return upkeep.Completion.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<IWrite>(MaxBatch);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stopping.Token))
            {
                batch.Clear();
                // A write whose caller gave up before it started is not run at all. Upkeep runs alone, after the
                // writes queued before it have committed.
                while (batch.Count < MaxBatch && reader.TryPeek(out var next) && !(next is Upkeep && batch.Count > 0))
                {
                    reader.TryRead(out var write);
                    if (write!.CancelIfRequested()) continue;
                    if (write is Upkeep upkeep)
                    {
                        await RunUpkeepAsync(upkeep);
                        break;
                    }
                    batch.Add(write);
                }
                if (batch.Count > 0) await CommitAsync(batch);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        while (reader.TryRead(out var left)) left.Fail(new ObjectDisposedException(nameof(SqlWriteQueue), "the store is shutting down"));
    }

    private async Task CommitAsync(List<IWrite> batch)
    {
        var stopping = _stopping.Token;
        using (await _db.EnterWriteAsync(stopping))
        {
            try
            {
                _writer ??= new SqlWriteBatch(await _db.OpenAsync(stopping));
                await RunInTransactionAsync(batch, stopping);
                foreach (var write in batch) write.Complete();
                return;
            }
            catch (Exception) when (batch.Count > 1 && !stopping.IsCancellationRequested)
            {
                await ResetWriterAsync();
            }
            catch (Exception e)
            {
                await ResetWriterAsync();
                foreach (var write in batch) write.Fail(e);
                return;
            }

            // Something in the batch failed: each write again in its own transaction, so only the failing one fails.
            foreach (var write in batch)
            {
                try
                {
                    _writer ??= new SqlWriteBatch(await _db.OpenAsync(stopping));
                    await RunInTransactionAsync([write], stopping);
                    write.Complete();
                }
                catch (Exception e)
                {
                    await ResetWriterAsync();
                    write.Fail(e);
                }
            }
        }
    }

    private async Task RunUpkeepAsync(Upkeep upkeep)
    {
        var stopping = _stopping.Token;
        using (await _db.EnterWriteAsync(stopping))
        {
            try
            {
                _writer ??= new SqlWriteBatch(await _db.OpenAsync(stopping));
                await upkeep.RunAsync(_writer, stopping);
                upkeep.Complete();
            }
            catch (Exception e)
            {
                await ResetWriterAsync();
                upkeep.Fail(e);
            }
        }
    }

    private async Task RunInTransactionAsync(List<IWrite> writes, CancellationToken stopping)
    {
        var writer = _writer!;
        await writer.BeginAsync(stopping);
        try
        {
            // A write runs to its end even if its caller stops waiting: the others in the transaction depend on it.
            foreach (var write in writes) await write.RunAsync(writer, stopping);
            await writer.CommitAsync(stopping);
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _writes, writes.Count);
        }
        catch
        {
            await writer.RollbackAsync();
            throw;
        }
    }

    /// <summary>A connection that failed may be broken (a restarted server): the next batch opens a fresh one.</summary>
    private async Task ResetWriterAsync()
    {
        if (_writer is null) return;
        await _writer.DisposeAsync();
        _writer = null;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop.IsValueCreated)
        {
            // Writes already queued still commit; only a stuck one is cut short.
            var finished = await Task.WhenAny(_loop.Value, Task.Delay(TimeSpan.FromSeconds(10)));
            if (finished != _loop.Value)
            {
                await _stopping.CancelAsync();
                await _loop.Value;
            }
        }
        await ResetWriterAsync();
        _stopping.Dispose();
    }

    private interface IWrite
    {
        bool CancelIfRequested();
        Task RunAsync(SqlWriteBatch batch, CancellationToken ct);
        void Complete();
        void Fail(Exception e);
    }

    private sealed class Upkeep(Func<DbConnection, CancellationToken, Task> work, CancellationToken callerToken) : IWrite
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool CancelIfRequested() => callerToken.IsCancellationRequested && Completion.TrySetCanceled(callerToken);

        public Task RunAsync(SqlWriteBatch batch, CancellationToken ct) => work(batch.Connection, ct);

        public void Complete() => Completion.TrySetResult();

        public void Fail(Exception e) => Completion.TrySetException(e);
    }

    private sealed class Write<T>(Func<SqlWriteBatch, CancellationToken, Task<T>> work, CancellationToken callerToken) : IWrite
    {
        private T _result = default!;

        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool CancelIfRequested() => callerToken.IsCancellationRequested && Completion.TrySetCanceled(callerToken);

        public async Task RunAsync(SqlWriteBatch batch, CancellationToken ct) => _result = await work(batch, ct);

        public void Complete() => Completion.TrySetResult(_result);

        public void Fail(Exception e) => Completion.TrySetException(e);
    }
}
