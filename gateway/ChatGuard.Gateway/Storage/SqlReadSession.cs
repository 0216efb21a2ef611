using System.Data.Common;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// A pooled connection for the send path's reads, with its statements kept per SQL text: the engine parses and
/// plans each query once per connection instead of once per message (SQLite spent more time preparing the send
/// path's lookups than running them). Dispose returns it to <see cref="SqlDatabase"/>'s pool.
/// </summary>
public sealed class SqlReadSession : IAsyncDisposable
{
    private readonly SqlDatabase _owner;
    private readonly KeptStatements _statements;

    internal SqlReadSession(SqlDatabase owner, DbConnection connection) => (_owner, _statements) = (owner, new KeptStatements(connection));

    internal DbConnection Connection => _statements.Connection;

    /// <summary>The statement with these parameters (named without '@'); do not dispose it, the session keeps it.</summary>
    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters) => _statements.Get(sql, parameters);

    public ValueTask DisposeAsync() => _owner.ReturnAsync(this);

    internal ValueTask CloseAsync() => _statements.DisposeAsync();
}
