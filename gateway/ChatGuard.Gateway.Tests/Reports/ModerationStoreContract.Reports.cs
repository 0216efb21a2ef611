using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Blocks;
using ChatGuard.Gateway.Reports;

namespace ChatGuard.Gateway.Tests.Flags;

public abstract partial class ModerationStoreContract
{
    [Fact]
    public async Task A_report_is_stored_once_and_verifies_its_messages_once()
    {
        var store = await StoreAsync(db => new SqlReportStore(db));
        var report = new Report
        {
            ReportId = "r1", Tenant = "t1", ShopId = "s1", ConversationId = "c1", BuyerId = "b1", MessageIds = ["m2", "m1"],
            Reason = "abuse", ReportedBy = "a1", CreatedAt = T0,
        };

        var (_, inserted) = await store.AddAsync(report, None);
        var (same, insertedAgain) = await store.AddAsync(report with { ReportId = "r2", MessageIds = ["m1", "m2"] }, None);
        var (other, insertedOther) = await store.AddAsync(report with { ReportId = "r3", Reason = "threat" }, None);
        await store.SetFlagAsync("t1", "r1", "f1", None);

        Assert.True(inserted);
        Assert.False(insertedAgain);
        Assert.Equal("r1", same.ReportId);
        Assert.True(insertedOther);
        Assert.Equal("r1", (await store.FindByFlagAsync("t1", "f1", None))?.ReportId);
        Assert.Null(await store.FindByFlagAsync("t2", "f1", None));

        Assert.True(await store.DecideAsync("t1", "r1", true, [("m1", T0), ("m2", T0.AddMinutes(1))], T0.AddHours(1), None));
        Assert.False(await store.DecideAsync("t1", "r1", false, [], T0.AddHours(2), None));
        Assert.True(await store.DecideAsync("t1", "r3", false, [("m1", T0)], T0.AddHours(2), None));

        Assert.Equal(ReportStatuses.Verified, (await store.FindByFlagAsync("t1", "f1", None))?.Status);
        Assert.Equal(["m1", "m2"], (await store.ListVerifiedAsync("t1", "s1", T0, T0.AddDays(1), None)).Select(v => v.MessageId));
        Assert.Equal(["m2"], (await store.ListVerifiedAsync("t1", "s1", T0.AddSeconds(1), T0.AddDays(1), None)).Select(v => v.MessageId));
        Assert.True(await store.IsVerifiedAsync("t1", "m2", None));
        Assert.False(await store.IsVerifiedAsync("t2", "m2", None));
    }

    [Fact]
    public async Task A_shop_has_one_active_block_per_buyer_and_lifting_is_audited()
    {
        var db = await CreateDatabaseAsync();
        var store = new SqlBlockStore(db);
        var audit = new Gateway.Audit.SqlAuditLog(db);
        await db.ApplySchemaAsync([.. store.SchemaStatements(db), .. audit.SchemaStatements(db)], None);
        Block NewBlock(string id) => new()
        {
            BlockId = id, Tenant = "t1", ShopId = "s1", BuyerId = "b1", ConversationId = "c1", Reason = "abuse", BlockedBy = "a1", CreatedAt = T0,
        };
        var agent = new ChatIdentity("t1", "s1", "a1", Roles.Agent);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => store.AddAsync(NewBlock($"k{i}"), None)));
        var active = await store.ActiveAsync("t1", "s1", "b1", None);
        var (lifted, didLift) = await store.LiftAsync("t1", active!.BlockId, agent, "ok", T0.AddHours(1), None);
        var (_, liftedAgain) = await store.LiftAsync("t1", active.BlockId, agent, "ok", T0.AddHours(1), None);
        var (fresh, insertedFresh) = await store.AddAsync(NewBlock("k9"), None);

        Assert.Single(results, r => r.Inserted);
        Assert.Single(results.Select(r => r.Block.BlockId).Distinct());
        Assert.True(didLift);
        Assert.False(liftedAgain);
        Assert.False(lifted!.Active);
        Assert.True(insertedFresh);
        Assert.Equal("k9", (await store.ActiveAsync("t1", "s1", "b1", None))?.BlockId);
        Assert.Equal(2, (await store.ListAsync("t1", "s1", null, 10, None)).Count);
        Assert.Empty(await store.ListAsync("t2", null, null, 10, None));
        Assert.Single(await audit.ForSubjectAsync("t1", active.BlockId, None));
        Assert.Equal(fresh.BlockId, (await store.ListAsync("t1", null, true, 10, None)).Single().BlockId);
    }
}
