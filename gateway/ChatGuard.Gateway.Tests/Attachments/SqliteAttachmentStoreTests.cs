using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Tests.Attachments;

public class SqliteAttachmentStoreTests : AttachmentStoreContract
{
    protected override Task<SqlDatabase> CreateDatabaseAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("chatguard-att-").FullName, "test.db");
        return Task.FromResult<SqlDatabase>(new SqliteDatabase($"Data Source={file}"));
    }
}
