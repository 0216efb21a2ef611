using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;
using Npgsql;

namespace ChatGuard.Gateway.Tests.Attachments;

public class PostgresAttachmentStoreTests(PostgresServer server) : AttachmentStoreContract, IClassFixture<PostgresServer>
{
    /// <summary>A fresh database per test, on the one server of this class.</summary>
    protected override async Task<SqlDatabase> CreateDatabaseAsync()
    {
        return new PostgresDatabase(NpgsqlDataSource.Create(await server.CreateDatabaseAsync("a")));
    }
}
