using System.Data.Common;
using Npgsql;

namespace ChatGuard.Gateway.Storage;

/// <summary>The production engine: PostgreSQL through Npgsql's pooled data source, shared by every gateway node.</summary>
public sealed class PostgresDatabase(NpgsqlDataSource dataSource) : SqlDatabase
{
    private const long SchemaLockKey = 4242001;

    public override string SequencePrimaryKey => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public override string BinaryType => "BYTEA";

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct);

    // Several nodes may start at once: one takes the lock and creates the tables, the others then find them.
    protected override async Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = Command(connection, "SELECT pg_advisory_xact_lock(@key)", ("key", SchemaLockKey));
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(ct);
    }
}
