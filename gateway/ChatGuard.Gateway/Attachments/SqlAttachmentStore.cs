using System.Data.Common;
using System.Text.Json;
using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Attachments;

/// <summary>Attachments in SQLite or PostgreSQL: the verdict's columns plus the image bytes in a binary column.</summary>
public sealed class SqlAttachmentStore(SqlDatabase db) : IAttachmentStore, ISchemaContributor, IRetentionParticipant
{
    private const string Columns =
        "id, tenant, conversation_id, shop_id, uploader_id, uploader_role, content_type, width, height, size, " +
        "action, labels, verdict, profile, profile_version, state, created_at";

    public IEnumerable<string> SchemaStatements(SqlDatabase database) =>
    [
        $"""
        CREATE TABLE IF NOT EXISTS attachments (
            seq {database.SequencePrimaryKey}, id TEXT NOT NULL UNIQUE, tenant TEXT NOT NULL, conversation_id TEXT NOT NULL,
            shop_id TEXT NOT NULL, uploader_id TEXT NOT NULL, uploader_role TEXT NOT NULL, content_type TEXT NOT NULL,
            width INTEGER NOT NULL, height INTEGER NOT NULL, size BIGINT NOT NULL, action TEXT NOT NULL, labels TEXT NOT NULL,
            verdict TEXT NOT NULL, profile TEXT NOT NULL, profile_version TEXT NOT NULL, state INTEGER NOT NULL,
            created_at BIGINT NOT NULL, content {database.BinaryType} NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS ix_attachments_created ON attachments (created_at)",
    ];

    public async Task AddAsync(StoredAttachment a, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var insert = SqlDatabase.Command(connection,
                $"INSERT INTO attachments ({Columns}, content) VALUES (@id, @tenant, @conversation, @shop, @uploader, @role, @type, " +
                "@width, @height, @size, @action, @labels, @verdict, @profile, @version, @state, @created, @content)",
                ("id", a.Id), ("tenant", a.Tenant), ("conversation", a.ConversationId), ("shop", a.ShopId), ("uploader", a.UploaderId),
                ("role", a.UploaderRole), ("type", a.ContentType), ("width", a.Width), ("height", a.Height), ("size", a.Size),
                ("action", a.Action), ("labels", JsonSerializer.Serialize(a.Labels)), ("verdict", a.VerdictJson), ("profile", a.Profile),
                ("version", a.ProfileVersion), ("state", (int)a.State), ("created", a.CreatedAt.ToUnixTimeMilliseconds()),
                ("content", content.ToArray()));
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task<StoredAttachment?> GetAsync(string tenant, string attachmentId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection, $"SELECT {Columns} FROM attachments WHERE tenant = @tenant AND id = @id",
            ("tenant", tenant), ("id", attachmentId));
        await using var reader = await select.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    public async Task<byte[]?> GetContentAsync(string tenant, string attachmentId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection, "SELECT content FROM attachments WHERE tenant = @tenant AND id = @id",
            ("tenant", tenant), ("id", attachmentId));
        return await select.ExecuteScalarAsync(ct) as byte[];
    }

    public async Task<StoredAttachment?> TransitionAsync(string tenant, string attachmentId, DeliveryState from, DeliveryState to, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            // The state guard makes concurrent or repeated decisions act once.
            await using var update = SqlDatabase.Command(connection,
                "UPDATE attachments SET state = @to WHERE tenant = @tenant AND id = @id AND state = @from",
                ("to", (int)to), ("tenant", tenant), ("id", attachmentId), ("from", (int)from));
            if (await update.ExecuteNonQueryAsync(ct) == 0) return null;
        }
        return await GetAsync(tenant, attachmentId, ct);
    }

    /// <summary>S12: images a buyer sent are buyer data; they go with the messages at the retention cutoff.</summary>
    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var delete = SqlDatabase.Command(connection, "DELETE FROM attachments WHERE created_at < @cutoff",
                ("cutoff", cutoff.ToUnixTimeMilliseconds()));
            return await delete.ExecuteNonQueryAsync(ct);
        }
    }

    private static StoredAttachment Read(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Tenant = reader.GetString(1),
        ConversationId = reader.GetString(2),
        ShopId = reader.GetString(3),
        UploaderId = reader.GetString(4),
        UploaderRole = reader.GetString(5),
        ContentType = reader.GetString(6),
        Width = reader.GetInt32(7),
        Height = reader.GetInt32(8),
        Size = reader.GetInt64(9),
        Action = reader.GetString(10),
        Labels = JsonSerializer.Deserialize<string[]>(reader.GetString(11)) ?? [],
        VerdictJson = reader.GetString(12),
        Profile = reader.GetString(13),
        ProfileVersion = reader.GetString(14),
        State = (DeliveryState)reader.GetInt32(15),
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(16)),
    };
}
