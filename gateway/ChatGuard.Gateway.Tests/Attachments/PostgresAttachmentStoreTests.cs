using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;
using Npgsql;

namespace ChatGuard.Gateway.Tests.Attachments;

public class PostgresAttachmentStoreTests(PostgresServer server) : AttachmentStoreContract, IClassFixture<PostgresServer>
{
    /// <summary>A fresh database per test, on the one server of this class.</summary>
    protected override async Task<SqlDatabase> CreateDatabaseAsync()
    {
        var name = "a" + Guid.NewGuid().ToString("N");
        await using (var admin = NpgsqlDataSource.Create(server.ConnectionString()))
        await using (var create = admin.CreateCommand($"CREATE DATABASE {name}"))
            await create.ExecuteNonQueryAsync();
        return new PostgresDatabase(NpgsqlDataSource.Create(server.ConnectionString(name)));
    }
}
