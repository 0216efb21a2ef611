using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Tests.Storage;

/// <summary>The behaviour every engine must show; run against SQLite and against a real PostgreSQL.</summary>
public abstract class ChatStoreContract
{
    protected abstract Task<SqlDatabase> CreateDatabaseAsync();

    private async Task<SqlChatStore> StoreAsync()
    {
        var db = await CreateDatabaseAsync();
        var store = new SqlChatStore(db);
        await db.ApplySchemaAsync(store.SchemaStatements(db), CancellationToken.None);
        return store;
    }

    private static Conversation NewConversation(string tenant = "t1", string shop = "s1", string buyer = "b1") =>
        new("c_" + Guid.NewGuid().ToString("N"), tenant, shop, buyer, DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));

    /// <summary>A delivered buyer message in <paramref name="c"/> (also the flag store contract's messages).</summary>
    internal static StoredMessage NewMessage(Conversation c, string client, string text = "你好") => new()
    {
        Id = "m_" + Guid.NewGuid().ToString("N"),
        Tenant = c.Tenant,
        ConversationId = c.Id,
        ShopId = c.ShopId,
        SenderId = c.BuyerId,
        SenderRole = "buyer",
        ClientMessageId = client,
        Text = text,
        DeliveredText = text,
        Action = "allow",
        Labels = ["contact_diversion"],
        VerdictJson = "{\"labels\":[]}",
        Profile = "feige",
        ProfileVersion = "v1",
        State = DeliveryState.Delivered,
        SentAt = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123),
    };

    [Fact]
    public async Task A_conversation_is_created_once_per_tenant_shop_and_buyer()
    {
        var store = await StoreAsync();
        var first = await store.GetOrCreateConversationAsync(NewConversation(), CancellationToken.None);
        var again = await store.GetOrCreateConversationAsync(NewConversation(), CancellationToken.None);
        var otherTenant = await store.GetOrCreateConversationAsync(NewConversation(tenant: "t2"), CancellationToken.None);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Id, otherTenant.Id);
        Assert.Equal(first, await store.GetConversationAsync("t1", first.Id, CancellationToken.None));
        Assert.Null(await store.GetConversationAsync("t2", first.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Messages_round_trip_with_their_verdict_and_come_back_oldest_first()
    {
        var store = await StoreAsync();
        var c = await store.GetOrCreateConversationAsync(NewConversation(buyer: "rt"), CancellationToken.None);
        var m1 = NewMessage(c, "1", "第一条 with 'quotes' and \"doubles\"");
        var m2 = NewMessage(c, "2", "第二条") with { State = DeliveryState.Held, DeliveredText = null, Action = "review" };

        var (s1, inserted1) = await store.AppendMessageAsync(m1, CancellationToken.None);
        var (s2, _) = await store.AppendMessageAsync(m2, CancellationToken.None);
        var list = await store.ListMessagesAsync("t1", c.Id, 0, 100, CancellationToken.None);

        Assert.True(inserted1);
        Assert.True(s2.Sequence > s1.Sequence);
        Assert.Equal([m1.Id, m2.Id], list.Select(m => m.Id));
        Assert.Equal(m1 with { Sequence = s1.Sequence }, list[0] with { Labels = m1.Labels });
        Assert.Equal(["contact_diversion"], list[0].Labels);
        Assert.Null(list[1].DeliveredText);
        Assert.Equal(DeliveryState.Held, list[1].State);
        Assert.Equal([m2.Id], (await store.ListMessagesAsync("t1", c.Id, s1.Sequence, 100, CancellationToken.None)).Select(m => m.Id));
        Assert.Empty(await store.ListMessagesAsync("t2", c.Id, 0, 100, CancellationToken.None));
    }

    [Fact]
    public async Task A_flags_context_is_the_messages_just_before_it_oldest_first_from_its_own_conversation_only()
    {
        var store = await StoreAsync();
        var c = await store.GetOrCreateConversationAsync(NewConversation(buyer: "ctx"), CancellationToken.None);
        var other = await store.GetOrCreateConversationAsync(NewConversation(buyer: "ctx-other"), CancellationToken.None);
        var stored = new List<StoredMessage>();
        for (var i = 0; i < 5; i++)
        {
            stored.Add((await store.AppendMessageAsync(NewMessage(c, $"c{i}", $"第{i}条") with
            {
                SenderRole = i % 2 == 0 ? "buyer" : "agent",
                SenderId = i % 2 == 0 ? c.BuyerId : "agent-1",
                Action = i == 3 ? "block" : "allow",
                SentAt = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000 + i),
            }, CancellationToken.None)).Message);
            await store.AppendMessageAsync(NewMessage(other, $"o{i}"), CancellationToken.None);
        }

        var context = await store.ListFlagContextAsync("t1", c.Id, stored[4].Sequence, 3, CancellationToken.None);

        Assert.Equal([stored[1].Id, stored[2].Id, stored[3].Id], context.Select(m => m.MessageId));
        Assert.Equal(new FlagContextMessage(stored[3].Id, "agent", "agent-1", "第3条", "block", DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_003)),
            context[2]);
        Assert.Empty(await store.ListFlagContextAsync("t1", c.Id, stored[0].Sequence, 3, CancellationToken.None));
        Assert.Empty(await store.ListFlagContextAsync("t2", c.Id, long.MaxValue, 3, CancellationToken.None));
    }

    [Fact]
    public async Task A_senders_recent_texts_are_its_newest_in_the_window_oldest_first()
    {
        var store = await StoreAsync();
        var c = await store.GetOrCreateConversationAsync(NewConversation(buyer: "recent"), CancellationToken.None);
        var other = await store.GetOrCreateConversationAsync(NewConversation(buyer: "recent-other"), CancellationToken.None);
        var start = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        for (var i = 0; i < 8; i++)
        {
            var agent = i % 3 == 2;
            await store.AppendMessageAsync(NewMessage(c, $"r{i}", $"第{i}条") with
            {
                SenderRole = agent ? "agent" : "buyer",
                SenderId = agent ? "agent-1" : c.BuyerId,
                SentAt = start.AddSeconds(i * 10),
            }, CancellationToken.None);
            await store.AppendMessageAsync(NewMessage(other, $"o{i}") with { SentAt = start.AddSeconds(i * 10) }, CancellationToken.None);
        }

        // Buyer sent 0, 1, 3, 4, 6, 7 (the agent 2 and 5), ten seconds apart.
        Assert.Equal(["第3条", "第4条", "第6条", "第7条"],
            await store.ListRecentTextsAsync("t1", c.Id, c.BuyerId, start, 4, CancellationToken.None));
        Assert.Equal(["第6条", "第7条"],
            await store.ListRecentTextsAsync("t1", c.Id, c.BuyerId, start.AddSeconds(55), 5, CancellationToken.None));
        Assert.Equal(["第2条", "第5条"],
            await store.ListRecentTextsAsync("t1", c.Id, "agent-1", start, 5, CancellationToken.None));
        Assert.Empty(await store.ListRecentTextsAsync("t2", c.Id, c.BuyerId, start, 5, CancellationToken.None));
        Assert.Empty(await store.ListRecentTextsAsync("t1", c.Id, c.BuyerId, start.AddSeconds(71), 5, CancellationToken.None));
    }

    [Fact]
    public async Task The_same_client_message_id_from_the_same_sender_is_stored_once()
    {
        var store = await StoreAsync();
        var c = await store.GetOrCreateConversationAsync(NewConversation(buyer: "dup"), CancellationToken.None);
        var first = NewMessage(c, "same");

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            store.AppendMessageAsync(NewMessage(c, "same"), CancellationToken.None)));

        Assert.Single(results, r => r.Inserted);
        Assert.Single(results.Select(r => r.Message.Id).Distinct());
        Assert.Single(await store.ListMessagesAsync("t1", c.Id, 0, 100, CancellationToken.None));
        Assert.NotNull(await store.FindByClientMessageIdAsync("t1", "s1", "buyer", "dup", "same", CancellationToken.None));
        Assert.Null(await store.FindByClientMessageIdAsync("t1", "s1", "buyer", "dup", "other", CancellationToken.None));
        Assert.False((await store.AppendMessageAsync(first, CancellationToken.None)).Inserted);
    }

    [Fact]
    public async Task Rows_written_in_a_messages_write_job_commit_with_it_and_only_when_it_inserts()
    {
        var db = await CreateDatabaseAsync();
        var store = new SqlChatStore(db);
        await db.ApplySchemaAsync([.. store.SchemaStatements(db), "CREATE TABLE IF NOT EXISTS alongside (message_id TEXT NOT NULL, seq BIGINT NOT NULL)"],
            CancellationToken.None);
        var c = await store.GetOrCreateConversationAsync(NewConversation(buyer: "along"), CancellationToken.None);
        // The send path's store step: the message and a row that must exist exactly when it does, in one write job.
        async Task<long?> AppendWithNoteAsync(StoredMessage message, string noteTable) => await db.Writes.WriteAsync(async (batch, ct) =>
        {
            var seq = await store.InsertMessageAsync(batch, message, ct);
            if (seq is { } s)
                await batch.Command($"INSERT INTO {noteTable} (message_id, seq) VALUES (@id, @seq)", ("id", message.Id), ("seq", s)).ExecuteNonQueryAsync(ct);
            return seq;
        }, CancellationToken.None);

        var first = NewMessage(c, "a1");
        var seq = await AppendWithNoteAsync(first, "alongside");
        var retry = await AppendWithNoteAsync(NewMessage(c, "a1"), "alongside");
        await Assert.ThrowsAnyAsync<Exception>(() => AppendWithNoteAsync(NewMessage(c, "a2"), "no_such_table"));
        var m = first with { Sequence = seq ?? 0 };
        var inserted = seq is not null;

        Assert.True(inserted);
        Assert.Null(retry);
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await using var select = SqlDatabase.Command(connection, "SELECT message_id, seq FROM alongside");
        await using var rows = await select.ExecuteReaderAsync(CancellationToken.None);
        Assert.True(await rows.ReadAsync(CancellationToken.None));
        Assert.Equal((m.Id, m.Sequence), (rows.GetString(0), Convert.ToInt64(rows.GetValue(1))));
        Assert.False(await rows.ReadAsync(CancellationToken.None)); // none for the retry
        // The write that failed alongside took its message with it.
        Assert.Null(await store.FindByClientMessageIdAsync("t1", "s1", "buyer", "along", "a2", CancellationToken.None));
        Assert.Single(await store.ListMessagesAsync("t1", c.Id, 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Messages_are_found_by_id_only_within_their_tenant()
    {
        var store = await StoreAsync();
        var c = await store.GetOrCreateConversationAsync(NewConversation(buyer: "byid"), CancellationToken.None);
        var (m, _) = await store.AppendMessageAsync(NewMessage(c, "x"), CancellationToken.None);

        Assert.Equal(m.Id, (await store.GetMessageAsync("t1", m.Id, CancellationToken.None))?.Id);
        Assert.Null(await store.GetMessageAsync("t2", m.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_shops_conversations_list_unanswered_first_longest_waiting_first()
    {
        var store = await StoreAsync();
        var shop = "desk" + Guid.NewGuid().ToString("N")[..8];
        var at = (int minute) => DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000 + minute * 60_000L);
        async Task<Conversation> Chat(string buyer, params (string Role, int Minute, DeliveryState State)[] messages)
        {
            var c = await store.GetOrCreateConversationAsync(NewConversation(shop: shop, buyer: buyer), CancellationToken.None);
            foreach (var (role, minute, state) in messages)
                await store.AppendMessageAsync(NewMessage(c, Guid.NewGuid().ToString("N"), $"{buyer}@{minute}") with
                {
                    SenderRole = role, SenderId = role == "buyer" ? buyer : "agent1", SentAt = at(minute), State = state,
                    DeliveredText = state == DeliveryState.Delivered ? $"{buyer}@{minute}" : null,
                }, CancellationToken.None);
            return c;
        }
        const DeliveryState ok = DeliveryState.Delivered;
        var answered = await Chat("answered", ("buyer", 1, ok), ("agent", 2, ok));
        var waitingLong = await Chat("long", ("buyer", 3, ok), ("agent", 4, ok), ("buyer", 5, ok), ("buyer", 9, ok));
        var waitingShort = await Chat("short", ("buyer", 7, ok));
        var onlyBlocked = await Chat("blocked", ("buyer", 8, DeliveryState.Blocked));
        var heldReply = await Chat("held", ("buyer", 6, ok), ("agent", 10, DeliveryState.Held));
        var botReplied = await Chat("bot", ("buyer", 11, ok), ("bot", 12, ok));
        await Chat("opened-only");
        await store.GetOrCreateConversationAsync(NewConversation(tenant: "t2", shop: shop, buyer: "other-tenant"), CancellationToken.None);
        await store.GetOrCreateConversationAsync(NewConversation(shop: shop + "x", buyer: "other-shop"), CancellationToken.None);

        var list = await store.ListShopConversationsAsync("t1", shop, 100, CancellationToken.None);

        // Waiting since the first buyer message after the shop's last delivered agent reply; a held reply and the
        // bot's reply (S1) are no answer. Nothing delivered (only opened, or only a blocked message): not listed.
        Assert.Equal([waitingLong.Id, heldReply.Id, waitingShort.Id, botReplied.Id, answered.Id], list.Select(s => s.Conversation.Id));
        Assert.Equal([at(5), at(6), at(7), at(11), null], list.Select(s => s.WaitingSince));
        Assert.Equal("long@9", list[0].LastMessage?.DeliveredText);
        Assert.Equal("held@6", list[1].LastMessage?.DeliveredText);
        Assert.Equal("bot", list[3].LastMessage?.SenderRole);
        Assert.Equal("agent", list[4].LastMessage?.SenderRole);
        Assert.Equal(answered, list[4].Conversation);
        Assert.DoesNotContain(onlyBlocked.Id, list.Select(s => s.Conversation.Id));
        Assert.Equal([waitingLong.Id, heldReply.Id], (await store.ListShopConversationsAsync("t1", shop, 2, CancellationToken.None)).Select(s => s.Conversation.Id));
    }
}
