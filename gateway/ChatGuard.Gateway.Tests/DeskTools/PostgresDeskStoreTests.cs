using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;
using Npgsql;

namespace ChatGuard.Gateway.Tests.DeskTools;

public class PostgresDeskStoreTests(PostgresServer server) : DeskStoreContract, IClassFixture<PostgresServer>
{
    /// <summary>A fresh database per test, on the one server of this class.</summary>
    protected override async Task<SqlDatabase> CreateDatabaseAsync() =>
        new PostgresDatabase(NpgsqlDataSource.Create(await server.CreateDatabaseAsync("t")));
}
