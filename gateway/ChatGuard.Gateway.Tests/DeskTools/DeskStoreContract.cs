using ChatGuard.Gateway.AgentDesk;
using ChatGuard.Gateway.FlagClaims;
using ChatGuard.Gateway.QuickReplies;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Tests.DeskTools;

/// <summary>The desk's and console's tool stores (quick replies, presence and assignments, flag claims) on each engine.</summary>
public abstract class DeskStoreContract
{
    protected abstract Task<SqlDatabase> CreateDatabaseAsync();

    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_800_000_000_000);

    private async Task<T> StoreAsync<T>(Func<SqlDatabase, T> create) where T : ISchemaContributor
    {
        var db = await CreateDatabaseAsync();
        var store = create(db);
        await db.ApplySchemaAsync(store.SchemaStatements(db), CancellationToken.None);
        return store;
    }

    private static QuickReply Reply(string shop, string text, int minute = 0) =>
        new("q_" + Guid.NewGuid().ToString("N"), shop, text, "a1", T0.AddMinutes(minute));

    [Fact]
    public async Task Quick_replies_are_per_shop_in_the_order_added_and_can_be_removed()
    {
        var store = await StoreAsync(db => new SqlQuickReplyStore(db));
        var first = Reply("s1", "您好，请问有什么可以帮您？");
        var second = Reply("s1", "今天下单，明天发货。", 1);
        Assert.True(await store.AddAsync("t1", first, default));
        Assert.True(await store.AddAsync("t1", second, default));
        Assert.True(await store.AddAsync("t1", Reply("s2", "other shop"), default));
        Assert.True(await store.AddAsync("t2", Reply("s1", "other tenant"), default));

        Assert.Equal([first, second], await store.ListAsync("t1", "s1", default));
        Assert.False(await store.RemoveAsync("t1", "s2", first.QuickReplyId, default)); // not that shop's
        Assert.True(await store.RemoveAsync("t1", "s1", first.QuickReplyId, default));
        Assert.Equal([second], await store.ListAsync("t1", "s1", default));
    }

    [Fact]
    public async Task A_shop_keeps_at_most_the_limit_of_quick_replies()
    {
        var store = await StoreAsync(db => new SqlQuickReplyStore(db));
        for (var i = 0; i < QuickReply.MaxPerShop; i++) Assert.True(await store.AddAsync("t1", Reply("s1", $"短语 {i}", i), default));
        Assert.False(await store.AddAsync("t1", Reply("s1", "one too many"), default));
        Assert.Equal(QuickReply.MaxPerShop, (await store.ListAsync("t1", "s1", default)).Count);
    }

    [Fact]
    public async Task An_agents_presence_is_replaced_by_the_latest_and_kept_per_shop()
    {
        var store = await StoreAsync(db => new SqlAgentDeskStore(db));
        await store.SetPresenceAsync("t1", "s1", new AgentPresence("a1", AgentPresence.Online, T0), default);
        await store.SetPresenceAsync("t1", "s1", new AgentPresence("a2", AgentPresence.Online, T0), default);
        await store.SetPresenceAsync("t1", "s1", new AgentPresence("a1", AgentPresence.Busy, T0.AddMinutes(1)), default);
        await store.SetPresenceAsync("t1", "s2", new AgentPresence("a3", AgentPresence.Online, T0), default);

        Assert.Equal([new AgentPresence("a1", AgentPresence.Busy, T0.AddMinutes(1)), new AgentPresence("a2", AgentPresence.Online, T0)],
            await store.ListPresenceAsync("t1", "s1", default));
        // A desk that stopped repeating its state counts as offline.
        var later = T0 + AgentPresence.Timeout + TimeSpan.FromSeconds(1);
        Assert.Equal(AgentPresence.Offline, new AgentPresence("a2", AgentPresence.Online, T0).AsOf(later).State);
        Assert.Equal(AgentPresence.Online, new AgentPresence("a2", AgentPresence.Online, T0).AsOf(T0 + AgentPresence.Timeout).State);
    }

    [Fact]
    public async Task A_conversation_is_assigned_to_one_agent_at_a_time()
    {
        var store = await StoreAsync(db => new SqlAgentDeskStore(db));
        await store.AssignAsync("t1", new ConversationAssignment("c1", "s1", "a2", "a1", T0), default);
        await store.AssignAsync("t1", new ConversationAssignment("c2", "s1", "a1", "a2", T0.AddMinutes(1)), default);
        await store.AssignAsync("t1", new ConversationAssignment("c1", "s1", "a3", "a2", T0.AddMinutes(2)), default);
        await store.AssignAsync("t1", new ConversationAssignment("c9", "s2", "a9", "a8", T0), default);

        Assert.Equal([new ConversationAssignment("c2", "s1", "a1", "a2", T0.AddMinutes(1)), new ConversationAssignment("c1", "s1", "a3", "a2", T0.AddMinutes(2))],
            await store.ListAssignmentsAsync("t1", "s1", default));
    }

    [Fact]
    public async Task A_flag_claim_holds_against_other_moderators_until_it_expires_and_its_holder_renews_it()
    {
        var store = await StoreAsync(db => new SqlFlagClaimStore(db));
        var hold = TimeSpan.FromMinutes(5);

        Assert.Equal(new FlagClaim("f1", "mod1", T0, T0 + hold), await store.ClaimAsync("t1", "f1", "mod1", T0, hold, default));
        // Another moderator gets the existing claim back, not a new one.
        Assert.Equal("mod1", (await store.ClaimAsync("t1", "f1", "mod2", T0.AddMinutes(1), hold, default)).ModeratorId);
        // The holder renews: same start, later end.
        Assert.Equal(new FlagClaim("f1", "mod1", T0, T0.AddMinutes(2) + hold), await store.ClaimAsync("t1", "f1", "mod1", T0.AddMinutes(2), hold, default));
        Assert.Equal("mod1", (await store.ActiveAsync("t1", "f1", T0.AddMinutes(3), default))?.ModeratorId);
        Assert.Null(await store.ActiveAsync("t2", "f1", T0.AddMinutes(3), default));

        // Expired: another moderator takes it over.
        var later = T0.AddMinutes(2) + hold;
        Assert.Null(await store.ActiveAsync("t1", "f1", later, default));
        Assert.Equal(new FlagClaim("f1", "mod2", later, later + hold), await store.ClaimAsync("t1", "f1", "mod2", later, hold, default));
        Assert.Equal(["f1"], (await store.ListActiveAsync("t1", later, default)).Select(c => c.FlagId));

        await store.ReleaseAsync("t1", "f1", "mod1", default); // not mod1's any more: nothing happens
        Assert.Equal("mod2", (await store.ActiveAsync("t1", "f1", later, default))?.ModeratorId);
        await store.ReleaseAsync("t1", "f1", "mod2", default);
        Assert.Empty(await store.ListActiveAsync("t1", later, default));
    }

    [Fact]
    public async Task Two_moderators_claiming_the_same_flag_at_once_get_the_same_holder()
    {
        var store = await StoreAsync(db => new SqlFlagClaimStore(db));
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => store.ClaimAsync("t1", "f1", $"mod{i}", T0, TimeSpan.FromMinutes(5), default)));
        Assert.Single(claims.Select(c => c.ModeratorId).Distinct());
        Assert.Equal(claims[0].ModeratorId, (await store.ActiveAsync("t1", "f1", T0, default))?.ModeratorId);
    }
}
