using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Tests.Storage;

public class SqliteChatStoreTests : ChatStoreContract
{
    protected override Task<SqlDatabase> CreateDatabaseAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("chatguard-sqlite-").FullName, "test.db");
        return Task.FromResult<SqlDatabase>(new SqliteDatabase($"Data Source={file}"));
    }
}
