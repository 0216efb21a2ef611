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
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    internal SqlReadSession(SqlDatabase owner, DbConnection connection) => (_owner, Connection) = (owner, connection);

    internal DbConnection Connection { get; }

    /// <summary>The statement with these parameters (named without '@'); do not dispose it, the session keeps it.</summary>
    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }
        return SqlDatabase.Bind(command, parameters);
    }

    public ValueTask DisposeAsync() => _owner.ReturnAsync(this);

    internal async ValueTask CloseAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
        _commands.Clear();
        await Connection.DisposeAsync();
    }
}
