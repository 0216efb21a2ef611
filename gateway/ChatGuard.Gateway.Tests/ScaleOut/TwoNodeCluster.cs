using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.ScaleOut;

/// <summary>
/// Two gateway nodes (in this process, each on its own Kestrel port) sharing one PostgreSQL database, one Redis
/// and one signing key, as a deployment runs them; moderation is scripted (<see cref="ScriptedPipeline"/>).
/// </summary>
public class TwoNodeCluster : IAsyncLifetime
{
    private readonly List<GatewayHost> _nodes = [];
    private readonly TimeProvider? _clock;

    public TwoNodeCluster()
    {
    }

    /// <summary>Both nodes on one business clock the test moves (as synchronized machines share real time).</summary>
    protected TwoNodeCluster(TimeProvider clock) => _clock = clock;

    public PostgresServer Postgres { get; } = new();

    public RedisServer Redis { get; } = new();

    /// <summary>The settings every node of this deployment gets.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; private set; } = null!;

    public GatewayHost A { get; private set; } = null!;

    public GatewayHost B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Postgres.InitializeAsync(), Redis.InitializeAsync());
        Settings = await ClusterSettings.CreateAsync(Postgres, Redis);
        A = StartNode();
        B = StartNode();
    }

    /// <summary>Another node of this deployment (or, with another prefix, of a deployment sharing the servers).</summary>
    public GatewayHost StartNode(string? redisPrefix = null)
    {
        var builder = new GatewayBuilder().WithScriptedPipeline().WithSettings(Settings);
        if (redisPrefix is not null) builder.WithSetting("ChatGuard:Redis:Prefix", redisPrefix);
        if (_clock is not null) builder.WithClock(_clock);
        var node = builder.Build();
        lock (_nodes) _nodes.Add(node);
        return node;
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        await Redis.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}
