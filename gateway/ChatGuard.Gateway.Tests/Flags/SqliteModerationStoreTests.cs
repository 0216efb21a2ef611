using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Tests.Flags;

public class SqliteModerationStoreTests : ModerationStoreContract
{
    protected override Task<SqlDatabase> CreateDatabaseAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("chatguard-mod-").FullName, "test.db");
        return Task.FromResult<SqlDatabase>(new SqliteDatabase($"Data Source={file}"));
    }
}
