using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.Storage;

/// <summary>The <c>ChatGuard:Store</c> section; the connection string is <c>ConnectionStrings:ChatGuard</c>.</summary>
public sealed class StoreOptions
{
    public const string Section = "ChatGuard:Store";

    /// <summary><c>sqlite</c> (embedded default, a file in the data folder) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>SQLite: how often the write-ahead log is checkpointed in the background (see <see cref="SqliteCheckpointer"/>).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// SQLite: once the write-ahead log holds this many pages, the writer finishes a checkpoint between two batches so
    /// the log starts over (see <see cref="SqliteCheckpointer"/>); below SQLite's own threshold (20 000 pages).
    /// </summary>
    [Range(100, 19_000)]
    public int LogResetPages { get; set; } = 8192;
}
