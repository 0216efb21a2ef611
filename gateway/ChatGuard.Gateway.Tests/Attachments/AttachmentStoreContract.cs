using ChatGuard.Gateway.Attachments;
using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Tests.Attachments;

/// <summary>What the attachment store must do on every engine; run against SQLite and a real PostgreSQL.</summary>
public abstract class AttachmentStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);

    protected abstract Task<SqlDatabase> CreateDatabaseAsync();

    private async Task<SqlAttachmentStore> StoreAsync()
    {
        var db = await CreateDatabaseAsync();
        var store = new SqlAttachmentStore(db);
        await db.ApplySchemaAsync(store.SchemaStatements(db), None);
        return store;
    }

    private static StoredAttachment NewAttachment(DeliveryState state = DeliveryState.Blocked, DateTimeOffset? at = null) => new()
    {
        Id = "a_" + Guid.NewGuid().ToString("N"),
        Tenant = "t1",
        ConversationId = "c1",
        ShopId = "s1",
        UploaderId = "b1",
        UploaderRole = "buyer",
        ContentType = "image/png",
        Width = 132,
        Height = 120,
        Size = 5,
        Action = "block",
        Labels = ["qr_code", "contact_diversion"],
        VerdictJson = """{"codes":[{"text":"加微信 abc","contact_diversion":true}]}""",
        Profile = "feige",
        ProfileVersion = "v1",
        State = state,
        CreatedAt = at ?? T0,
    };

    [Fact]
    public async Task An_attachment_and_its_bytes_round_trip_within_its_tenant()
    {
        var store = await StoreAsync();
        var attachment = NewAttachment();
        byte[] content = [0x89, 0x50, 0x4E, 0x47, 0x00];

        await store.AddAsync(attachment, content, None);

        var read = await store.GetAsync("t1", attachment.Id, None);
        Assert.NotNull(read);
        Assert.Equal(attachment.Labels, read.Labels);
        Assert.Equal(attachment, read with { Labels = attachment.Labels }); // the record compares lists by reference
        Assert.Equal(content, await store.GetContentAsync("t1", attachment.Id, None));
        Assert.Null(await store.GetAsync("t2", attachment.Id, None));
        Assert.Null(await store.GetContentAsync("t2", attachment.Id, None));
        Assert.Null(await store.GetAsync("t1", "a_unknown", None));
    }

    [Fact]
    public async Task A_decision_moves_an_attachment_once()
    {
        var store = await StoreAsync();
        var attachment = NewAttachment(DeliveryState.Held);
        await store.AddAsync(attachment, new byte[] { 1 }, None);

        var released = await store.TransitionAsync("t1", attachment.Id, DeliveryState.Held, DeliveryState.Delivered, None);
        var again = await store.TransitionAsync("t1", attachment.Id, DeliveryState.Held, DeliveryState.Blocked, None);

        Assert.Equal(DeliveryState.Delivered, released!.State);
        Assert.Null(again);
        Assert.Equal(DeliveryState.Delivered, (await store.GetAsync("t1", attachment.Id, None))!.State);
    }

    [Fact]
    public async Task Retention_purges_old_attachments_only()
    {
        var store = await StoreAsync();
        var old = NewAttachment(at: T0);
        var recent = NewAttachment(at: T0.AddDays(10));
        await store.AddAsync(old, new byte[] { 1 }, None);
        await store.AddAsync(recent, new byte[] { 2 }, None);

        var purged = await store.PurgeOlderThanAsync(T0.AddDays(1), None);

        Assert.Equal(1, purged);
        Assert.Null(await store.GetAsync("t1", old.Id, None));
        Assert.NotNull(await store.GetAsync("t1", recent.Id, None));
    }
}
