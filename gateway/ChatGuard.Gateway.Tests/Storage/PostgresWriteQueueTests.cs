using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;
using Npgsql;

namespace ChatGuard.Gateway.Tests.Storage;

public class PostgresWriteQueueTests(PostgresServer server) : SqlWriteQueueContract, IClassFixture<PostgresServer>
{
    protected override async Task<SqlDatabase> CreateDatabaseAsync() =>
        new PostgresDatabase(NpgsqlDataSource.Create(await server.CreateDatabaseAsync("q")));
}
