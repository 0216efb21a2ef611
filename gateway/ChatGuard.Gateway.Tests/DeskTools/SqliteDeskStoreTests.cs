using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.DeskTools;

public class SqliteDeskStoreTests : DeskStoreContract
{
    protected override Task<SqlDatabase> CreateDatabaseAsync()
    {
        var file = Path.Combine(TestDirectories.Create("chatguard-desk-"), "test.db");
        return Task.FromResult<SqlDatabase>(new SqliteDatabase($"Data Source={file}"));
    }
}
