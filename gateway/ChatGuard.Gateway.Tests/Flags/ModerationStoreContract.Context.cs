using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Tests.Storage;

namespace ChatGuard.Gateway.Tests.Flags;

public abstract partial class ModerationStoreContract
{
    private static readonly IReadOnlyList<FlagContextMessage> Evidence = [new("m1", Roles.Buyer, "b1", "在吗", "allow", T0)];

    [Fact]
    public async Task A_pending_flags_context_stays_live_until_its_decision_freezes_it_once()
    {
        var store = await StoreAsync(db => new SqlFlagStore(db));
        var flag = NewFlag() with { Context = null, ContextBefore = 42 };
        await store.AddAsync(flag, "k", None);

        var pending = await store.GetAsync("t1", flag.FlagId, None);
        var decided = await store.DecideAsync("t1", flag.FlagId, FlagStatuses.Confirm, null, Moderator, T0, Evidence, None);
        var repeated = await store.DecideAsync("t1", flag.FlagId, FlagStatuses.Confirm, null, Moderator, T0,
            [new("m9", Roles.Buyer, "b1", "后来的", "allow", T0)], None);

        Assert.Null(pending!.Context);
        Assert.Equal(42, pending.ContextBefore);
        Assert.Equal(flag.Text, pending.Text);
        Assert.Equal(FlagDecisionResult.Applied, decided.Result);
        Assert.Equal(Evidence, decided.Flag!.Context);
        Assert.Equal(FlagDecisionResult.Repeated, repeated.Result);
        Assert.Equal(Evidence, (await store.GetAsync("t1", flag.FlagId, None))!.Context);
    }

    [Fact]
    public async Task A_live_context_is_frozen_once_and_a_frozen_one_is_kept_as_given()
    {
        var store = await StoreAsync(db => new SqlFlagStore(db));
        var live = NewFlag() with { Context = null, ContextBefore = 7 };
        var frozen = NewFlag();
        await store.AddAsync(live, "live", None);
        await store.AddAsync(frozen, "frozen", None);

        Assert.True(await store.FreezeContextAsync("t1", live.FlagId, Evidence, None));
        Assert.False(await store.FreezeContextAsync("t1", live.FlagId, [], None));
        Assert.False(await store.FreezeContextAsync("t1", frozen.FlagId, Evidence, None));
        Assert.False(await store.FreezeContextAsync("t2", live.FlagId, Evidence, None));
        Assert.Equal(Evidence, (await store.GetAsync("t1", live.FlagId, None))!.Context);
        Assert.Equal(frozen.Context, (await store.GetAsync("t1", frozen.FlagId, None))!.Context);
    }

    [Fact]
    public async Task Live_contexts_reaching_messages_older_than_a_cutoff_are_listed_for_freezing()
    {
        var db = await CreateDatabaseAsync();
        var chat = new SqlChatStore(db);
        var store = new SqlFlagStore(db);
        await db.ApplySchemaAsync([.. chat.SchemaStatements(db), .. store.SchemaStatements(db)], None);
        var cutoff = T0.AddDays(1);
        async Task<StoredMessage> SendAsync(string conversation, string client, DateTimeOffset at) => (await chat.AppendMessageAsync(
            ChatStoreContract.NewMessage(new Conversation(conversation, "t1", "s1", "b1", T0), client) with { SentAt = at }, None)).Message;
        var old = await SendAsync("c-old", "1", T0);
        var recent = await SendAsync("c-old", "2", cutoff.AddHours(1));
        await SendAsync("c-new", "3", cutoff.AddHours(1));
        var newest = await SendAsync("c-new", "4", cutoff.AddHours(2));

        async Task<FlagRecord> FlagAsync(string conversation, long? before, IReadOnlyList<FlagContextMessage>? context = null)
        {
            var flag = NewFlag() with { ConversationId = conversation, Context = context, ContextBefore = before };
            await store.AddAsync(flag, flag.FlagId, None);
            return flag;
        }
        var reachesOld = await FlagAsync("c-old", recent.Sequence + 1);
        var beforeOld = await FlagAsync("c-old", old.Sequence);
        var onlyRecent = await FlagAsync("c-new", newest.Sequence + 1);
        var alreadyFrozen = await FlagAsync("c-old", recent.Sequence + 1, Evidence);

        var listed = (await store.ListContextsReachingAsync(cutoff, 100, None)).Select(f => f.FlagId).ToList();

        Assert.Equal([reachesOld.FlagId], listed);
        Assert.DoesNotContain(beforeOld.FlagId, listed);
        Assert.DoesNotContain(onlyRecent.FlagId, listed);
        Assert.DoesNotContain(alreadyFrozen.FlagId, listed);
        Assert.Single(await store.ListContextsReachingAsync(cutoff, 1, None));
    }
}
