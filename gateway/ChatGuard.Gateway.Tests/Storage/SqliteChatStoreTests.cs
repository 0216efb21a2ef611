using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Storage;

public class SqliteChatStoreTests : ChatStoreContract
{
    protected override Task<SqlDatabase> CreateDatabaseAsync()
    {
        var file = Path.Combine(TestDirectories.Create("chatguard-sqlite-"), "test.db");
        return Task.FromResult<SqlDatabase>(new SqliteDatabase($"Data Source={file}"));
    }
}
