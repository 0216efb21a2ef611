using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Flags;

public class SqliteModerationStoreTests : ModerationStoreContract
{
    protected override Task<SqlDatabase> CreateDatabaseAsync()
    {
        var file = Path.Combine(TestDirectories.Create("chatguard-mod-"), "test.db");
        return Task.FromResult<SqlDatabase>(new SqliteDatabase($"Data Source={file}"));
    }
}
