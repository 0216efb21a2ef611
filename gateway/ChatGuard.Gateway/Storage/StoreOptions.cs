namespace ChatGuard.Gateway.Storage;

/// <summary>The <c>ChatGuard:Store</c> section; the connection string is <c>ConnectionStrings:ChatGuard</c>.</summary>
public sealed class StoreOptions
{
    public const string Section = "ChatGuard:Store";

    /// <summary><c>sqlite</c> (embedded default, a file in the data folder) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>SQLite: how often the write-ahead log is checkpointed in the background (see <see cref="SqliteCheckpointService"/>).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);
}
