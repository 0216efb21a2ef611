using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Attachments;

public class SqliteAttachmentStoreTests : AttachmentStoreContract
{
    protected override Task<SqlDatabase> CreateDatabaseAsync()
    {
        var file = Path.Combine(TestDirectories.Create("chatguard-att-"), "test.db");
        return Task.FromResult<SqlDatabase>(new SqliteDatabase($"Data Source={file}"));
    }
}
