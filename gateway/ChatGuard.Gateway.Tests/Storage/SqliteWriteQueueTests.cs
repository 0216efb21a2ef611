using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Storage;

public class SqliteWriteQueueTests : SqlWriteQueueContract
{
    protected override Task<SqlDatabase> CreateDatabaseAsync()
    {
        var file = Path.Combine(TestDirectories.Create("chatguard-sqlite-"), "queue.db");
        return Task.FromResult<SqlDatabase>(new SqliteDatabase($"Data Source={file}"));
    }
}
