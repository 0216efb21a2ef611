using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Audit;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Tests.Flags;

/// <summary>What the moderation stores must do on every engine; run against SQLite and a real PostgreSQL.</summary>
public abstract partial class ModerationStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
    private static readonly ChatIdentity Moderator = new("t1", null, "mod1", Roles.Moderator);

    protected abstract Task<SqlDatabase> CreateDatabaseAsync();

    private async Task<T> StoreAsync<T>(Func<SqlDatabase, T> create) where T : ISchemaContributor
    {
        var db = await CreateDatabaseAsync();
        var store = create(db);
        await db.ApplySchemaAsync([.. store.SchemaStatements(db), .. new SqlAuditLog(db).SchemaStatements(db)], None);
        return store;
    }

    private static FlagRecord NewFlag(string tenant = "t1", string shop = "s1", string[]? labels = null, DateTimeOffset? at = null) => new()
    {
        FlagId = "f_" + Guid.NewGuid().ToString("N"),
        Tenant = tenant,
        ShopId = shop,
        ConversationId = "c1",
        MessageId = "m_" + Guid.NewGuid().ToString("N"),
        Kind = FlagKinds.Message,
        SenderRole = Roles.Buyer,
        SenderId = "b1",
        Text = "加我微信 'abc' \"x\"",
        Action = "review",
        Labels = labels ?? ["contact_diversion"],
        Spans = [new("contact_diversion", 0, 4, "C1", "wechat")],
        Rules = ["C1"],
        Profile = "feige",
        ProfileVersion = "v3",
        Context = [new("m0", Roles.Agent, "a1", "您好", "allow", T0)],
        CreatedAt = at ?? T0,
    };

    [Fact]
    public async Task A_flag_round_trips_and_is_stored_once_per_source()
    {
        var store = await StoreAsync(db => new SqlFlagStore(db));
        var flag = NewFlag();

        var (first, inserted) = await store.AddAsync(flag, "message:x", None);
        var (again, insertedAgain) = await store.AddAsync(NewFlag(), "message:x", None);
        var (otherTenant, insertedOther) = await store.AddAsync(NewFlag(tenant: "t2"), "message:x", None);
        var read = await store.GetAsync("t1", flag.FlagId, None);

        Assert.True(inserted);
        Assert.False(insertedAgain);
        Assert.True(insertedOther);
        Assert.Equal(flag.FlagId, again.FlagId);
        Assert.NotNull(read);
        Assert.Equal(flag.Text, read.Text);
        Assert.Equal("v3", read.ProfileVersion);
        Assert.Equal(flag.Spans, read.Spans);
        Assert.Equal(flag.Context, read.Context);
        Assert.Equal(FlagStatuses.Pending, read.Status);
        Assert.Equal(T0, read.CreatedAt);
        Assert.Null(await store.GetAsync("t2", flag.FlagId, None));
        Assert.NotEqual(first.FlagId, otherTenant.FlagId);
    }

    [Fact]
    public async Task The_queue_filters_and_pages_newest_first()
    {
        var store = await StoreAsync(db => new SqlFlagStore(db));
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var flag = NewFlag(shop: i % 2 == 0 ? "s1" : "s2", labels: i < 3 ? ["abuse", "spam"] : ["contact_diversion"], at: T0.AddMinutes(i));
            await store.AddAsync(flag, $"k{i}", None);
            ids.Add(flag.FlagId);
        }
        await store.AddAsync(NewFlag(tenant: "t2"), "k0", None);
        await store.DecideAsync("t1", ids[6], FlagStatuses.Dismiss, null, Moderator, T0, null, None);

        var page1 = await store.ListAsync(new FlagQuery("t1", Limit: 3), None);
        var page2 = await store.ListAsync(new FlagQuery("t1", Limit: 3, Before: page1.NextBefore), None);
        var page3 = await store.ListAsync(new FlagQuery("t1", Limit: 3, Before: page2.NextBefore), None);

        Assert.Equal(ids.AsEnumerable().Reverse(), page1.Items.Concat(page2.Items).Concat(page3.Items).Select(f => f.FlagId));
        Assert.Null(page3.NextBefore);
        Assert.Equal([ids[2], ids[1], ids[0]], (await store.ListAsync(new FlagQuery("t1", Label: "spam"), None)).Items.Select(f => f.FlagId));
        Assert.Equal([ids[4], ids[2], ids[0]], (await store.ListAsync(new FlagQuery("t1", Status: "pending", ShopId: "s1"), None)).Items.Select(f => f.FlagId));
        Assert.Equal([ids[6]], (await store.ListAsync(new FlagQuery("t1", Status: "dismissed"), None)).Items.Select(f => f.FlagId));
        Assert.Equal([ids[3], ids[2]], (await store.ListAsync(new FlagQuery("t1", Since: T0.AddMinutes(2), Until: T0.AddMinutes(4)), None)).Items.Select(f => f.FlagId));
        Assert.Single((await store.ListAsync(new FlagQuery("t2"), None)).Items);
    }

    [Fact]
    public async Task A_decision_is_idempotent_audited_and_a_different_one_conflicts()
    {
        var db = await CreateDatabaseAsync();
        var store = new SqlFlagStore(db);
        var audit = new SqlAuditLog(db);
        await db.ApplySchemaAsync([.. store.SchemaStatements(db), .. audit.SchemaStatements(db)], None);
        var flag = NewFlag();
        await store.AddAsync(flag, "k", None);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            store.DecideAsync("t1", flag.FlagId, FlagStatuses.Confirm, "links to WeChat", Moderator, T0.AddHours(1), null, None)));
        var conflict = await store.DecideAsync("t1", flag.FlagId, FlagStatuses.Dismiss, null, Moderator, T0.AddHours(2), null, None);
        var missing = await store.DecideAsync("t2", flag.FlagId, FlagStatuses.Confirm, null, Moderator, T0, null, None);

        Assert.Single(results, r => r.Result == FlagDecisionResult.Applied);
        Assert.All(results, r => Assert.Equal(FlagStatuses.Confirmed, r.Flag!.Status));
        Assert.Equal(new FlagDecision("confirm", "links to WeChat", "mod1", T0.AddHours(1)), results[0].Flag!.Decision);
        Assert.Equal(FlagDecisionResult.Conflict, conflict.Result);
        Assert.Equal(FlagDecisionResult.NotFound, missing.Result);
        var entries = await audit.ForSubjectAsync("t1", flag.FlagId, None);
        Assert.Equal([new AuditEntry("t1", flag.FlagId, "flag.confirm", "mod1", "moderator", "links to WeChat", T0.AddHours(1))], entries);
    }

    [Fact]
    public async Task Pending_flags_are_counted_across_tenants_and_decided_ones_leave_the_count()
    {
        var store = await StoreAsync(db => new SqlFlagStore(db));
        var before = await store.CountPendingAsync(None);
        var decided = NewFlag();
        await store.AddAsync(NewFlag(), "p1", None);
        await store.AddAsync(NewFlag(tenant: "t2"), "p2", None);
        await store.AddAsync(decided, "p3", None);
        await store.DecideAsync("t1", decided.FlagId, FlagStatuses.Confirm, null, Moderator, T0, null, None);

        Assert.Equal(before + 2, await store.CountPendingAsync(None));
    }

    [Fact]
    public async Task Flags_are_counted_per_label_and_hour()
    {
        var store = await StoreAsync(db => new SqlFlagStore(db));
        var hour = DateTimeOffset.FromUnixTimeMilliseconds(T0.ToUnixTimeMilliseconds() / 3_600_000 * 3_600_000);
        await store.AddAsync(NewFlag(labels: ["abuse", "spam"], at: hour.AddMinutes(5)), "a", None);
        await store.AddAsync(NewFlag(labels: ["abuse"], at: hour.AddMinutes(50)), "b", None);
        await store.AddAsync(NewFlag(labels: ["abuse"], at: hour.AddMinutes(70)), "c", None);
        await store.AddAsync(NewFlag(labels: ["abuse"], at: hour.AddHours(-3)), "d", None);
        await store.AddAsync(NewFlag(tenant: "t2", labels: ["abuse"], at: hour), "e", None);

        var counts = await store.CountByHourAsync("t1", hour, None);

        Assert.Equal([new FlagHourCount(hour, "abuse", 2), new FlagHourCount(hour, "spam", 1), new FlagHourCount(hour.AddHours(1), "abuse", 1)], counts);
    }
}
