using System.Data.Common;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// One connection's statements, kept per SQL text for as long as the connection lives, so the engine parses and plans
/// each statement once instead of once per message. Disposing it closes the statements and the connection.
/// </summary>
internal sealed class KeptStatements(DbConnection connection) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public DbConnection Connection => connection;

    /// <summary>The kept statement for <paramref name="sql"/>, bound to these parameters (named without '@').</summary>
    public DbCommand Get(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }
        return SqlDatabase.Bind(command, parameters);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
        _commands.Clear();
        await connection.DisposeAsync();
    }
}
