using BenchmarkDotNet.Attributes;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Storage;
using Npgsql;

namespace ChatGuard.LoadTests.Benchmarks;

/// <summary>
/// The store's share of one SendMessage: the conversation lookup, the duplicate check and the durable insert,
/// on SQLite (a temp file in WAL mode, as shipped) and on PostgreSQL when <c>CHATGUARD_BENCH_POSTGRES</c> is set.
/// Baseline: one <c>SELECT 1</c> round trip on the same engine. The concurrent case shows what group commit does
/// when many senders write at once (time per message = mean, since each call writes <see cref="Concurrent"/>).
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    public const int Concurrent = 64;

    private SqlDatabase _db = null!;
    private SqlChatStore _store = null!;
    private Conversation _conversation = null!;
    private string? _directory;
    private NpgsqlDataSource? _postgres;
    private long _counter;

    [ParamsSource(nameof(Engines))]
    public string Engine { get; set; } = "sqlite";

    public static IEnumerable<string> Engines() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CHATGUARD_BENCH_POSTGRES")) ? ["sqlite"] : ["sqlite", "postgres"];

    [GlobalSetup]
    public async Task SetUp()
    {
        SqlDatabase db;
        if (Engine == "postgres")
        {
            _postgres = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable("CHATGUARD_BENCH_POSTGRES")!);
            db = new PostgresDatabase(_postgres);
        }
        else
        {
            _directory = Directory.CreateTempSubdirectory("chatguard-bench-").FullName;
            db = new SqliteDatabase($"Data Source={Path.Combine(_directory, "bench.db")}");
        }
        _db = db;
        _store = new SqlChatStore(db);
        await db.ApplySchemaAsync(_store.SchemaStatements(db).ToList(), CancellationToken.None);
        var tenant = "bench" + Guid.NewGuid().ToString("N")[..8];
        _conversation = await _store.GetOrCreateConversationAsync(
            new Conversation("c_" + Guid.NewGuid().ToString("N"), tenant, "shop1", "buyer1", DateTimeOffset.UtcNow), CancellationToken.None);
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _postgres?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_directory is not null) Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "SELECT 1 round trip")]
    public Task Ping() => _db.PingAsync(CancellationToken.None);

    [Benchmark(Description = "append (durable insert)")]
    public Task<(StoredMessage, bool)> Append() => _store.AppendMessageAsync(NextMessage(), CancellationToken.None);

    [Benchmark(Description = "send path: conversation + duplicate check + append")]
    public async Task<(StoredMessage, bool)> SendPath()
    {
        var conversation = await _store.GetConversationAsync(_conversation.Tenant, _conversation.Id, CancellationToken.None);
        var message = NextMessage();
        _ = await _store.FindByClientMessageIdAsync(conversation!.Tenant, message.ShopId, message.SenderRole, message.SenderId, message.ClientMessageId, CancellationToken.None);
        return await _store.AppendMessageAsync(message, CancellationToken.None);
    }

    [Benchmark(OperationsPerInvoke = Concurrent, Description = "append, 64 senders at once (group commit)")]
    public Task AppendConcurrently() =>
        Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => _store.AppendMessageAsync(NextMessage(), CancellationToken.None)));

    private StoredMessage NextMessage()
    {
        var n = Interlocked.Increment(ref _counter);
        return new StoredMessage
        {
            Id = "m_" + Guid.CreateVersion7().ToString("N"),
            Tenant = _conversation.Tenant,
            ConversationId = _conversation.Id,
            ShopId = _conversation.ShopId,
            SenderId = "buyer1",
            SenderRole = "buyer",
            ClientMessageId = $"bench-{n}",
            Text = "你好，请问这件外套还有M码吗？",
            DeliveredText = "你好，请问这件外套还有M码吗？",
            Action = "allow",
            Labels = [],
            VerdictJson = """{"labels":[],"action":"allow","spans":[]}""",
            Profile = "feige",
            ProfileVersion = "1",
            State = DeliveryState.Delivered,
            SentAt = DateTimeOffset.UtcNow,
        };
    }
}
