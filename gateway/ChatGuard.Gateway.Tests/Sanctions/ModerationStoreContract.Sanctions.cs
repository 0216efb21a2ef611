using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Audit;
using ChatGuard.Gateway.Sanctions;

namespace ChatGuard.Gateway.Tests.Flags;

public abstract partial class ModerationStoreContract
{
    private static Sanction NewSanction(string flagId, int earlierMutes, string kind = SanctionKinds.Mute) => new()
    {
        SanctionId = "s_" + Guid.NewGuid().ToString("N"),
        Tenant = "t1",
        UserId = "b1",
        Role = Roles.Buyer,
        ShopId = "s1",
        Kind = kind,
        Until = earlierMutes == 0 ? T0.AddDays(2) : null,
        Reason = $"step {earlierMutes}",
        Label = "spam",
        FlagId = flagId,
        CreatedAt = T0,
        CreatedBy = "mod1",
    };

    [Fact]
    public async Task Sanctions_climb_the_ladder_once_per_flag_and_lift_with_an_audit_entry()
    {
        var db = await CreateDatabaseAsync();
        var store = new SqlSanctionStore(db);
        var audit = new SqlAuditLog(db);
        await db.ApplySchemaAsync([.. store.SchemaStatements(db), .. audit.SchemaStatements(db)], None);

        var (first, inserted1) = await store.ImposeAsync("t1", "b1", "f1", n => NewSanction("f1", n), None);
        var (repeat, inserted2) = await store.ImposeAsync("t1", "b1", "f1", n => NewSanction("f1", n), None);
        var (second, _) = await store.ImposeAsync("t1", "b1", "f2", n => NewSanction("f2", n), None);
        var (none, _) = await store.ImposeAsync("t1", "b1", "f3", _ => null, None);

        Assert.True(inserted1);
        Assert.False(inserted2);
        Assert.Equal(first!.SanctionId, repeat!.SanctionId);
        Assert.Equal("step 0", first.Reason);
        Assert.Equal("step 1", second!.Reason);
        Assert.Null(none);
        Assert.Equal(second.SanctionId, (await store.ActiveAsync("t1", "b1", Roles.Buyer, T0, None))?.SanctionId);
        Assert.Null(await store.ActiveAsync("t1", "b1", Roles.Agent, T0, None));
        Assert.Null(await store.ActiveAsync("t2", "b1", Roles.Buyer, T0, None));

        var (lifted, didLift) = await store.LiftAsync("t1", second.SanctionId, Moderator, "appeal", T0.AddHours(1), None);
        var (again, didLiftAgain) = await store.LiftAsync("t1", second.SanctionId, Moderator, "again", T0.AddHours(2), None);
        var (missing, _) = await store.LiftAsync("t2", second.SanctionId, Moderator, null, T0, None);

        Assert.True(didLift);
        Assert.False(didLiftAgain);
        Assert.Null(missing);
        Assert.Equal(T0.AddHours(1), lifted!.LiftedAt);
        Assert.Equal("appeal", again!.LiftNote);
        Assert.Equal(first.SanctionId, (await store.ActiveAsync("t1", "b1", Roles.Buyer, T0, None))?.SanctionId);
        Assert.Null(await store.ActiveAsync("t1", "b1", Roles.Buyer, T0.AddDays(3), None));
        Assert.Equal([second.SanctionId], (await store.ListAsync("t1", "b1", null, false, T0, 10, None)).Select(x => x.SanctionId));
        Assert.Equal(2, (await store.ListAsync("t1", null, "s1", null, T0, 10, None)).Count);
        Assert.Single(await audit.ForSubjectAsync("t1", second.SanctionId, None));
    }

    [Fact]
    public async Task A_ban_outranks_a_mute_and_violations_are_recorded_once_per_flag()
    {
        var store = await StoreAsync(db => new SqlSanctionStore(db));
        await store.ImposeAsync("t1", "b1", "f1", n => NewSanction("f1", 0), None);
        var (ban, _) = await store.ImposeAsync("t1", "b1", "f2", n => NewSanction("f2", 5, SanctionKinds.Ban), None);
        var violation = new MerchantViolation("v1", "t1", "s1", "a1", "abuse", ViolationTypes.Harassment, 4, "f9", "feige", T0, "mod1");

        Assert.Equal(ban!.SanctionId, (await store.ActiveAsync("t1", "b1", Roles.Buyer, T0, None))?.SanctionId);
        Assert.True(await store.AddViolationAsync(violation, None));
        Assert.False(await store.AddViolationAsync(violation with { ViolationId = "v2" }, None));
        Assert.Equal([violation], await store.ListViolationsAsync("t1", "s1", 10, None));
        Assert.Empty(await store.ListViolationsAsync("t2", "s1", 10, None));
    }
}
