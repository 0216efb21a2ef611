using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Tests.Storage;

public class SqliteWriteQueueTests : SqlWriteQueueContract
{
    protected override Task<SqlDatabase> CreateDatabaseAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("chatguard-sqlite-").FullName, "queue.db");
        return Task.FromResult<SqlDatabase>(new SqliteDatabase($"Data Source={file}"));
    }
}
