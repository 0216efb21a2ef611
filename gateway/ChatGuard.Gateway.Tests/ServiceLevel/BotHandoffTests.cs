using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

/// <summary>S1 end to end through real SignalR clients: thresholds, working hours, botHandoff events, the bot's answers.</summary>
public sealed class BotHandoffTests : IAsyncLifetime
{
    private const string FaqAnswer = "下单后48小时内发货";
    private ClockedGateway _gateway = null!;

    public Task InitializeAsync()
    {
        _gateway = new ClockedGateway(new Dictionary<string, string?>
        {
            ["ChatGuard:Profiles:feige:Bot:Faq:0:Keywords:0"] = "发货",
            ["ChatGuard:Profiles:feige:Bot:Faq:0:Answer"] = FaqAnswer,
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    private static readonly DateTimeOffset Morning = ClockedGateway.Shanghai(2026, 11, 20, 10, 0);

    [Fact]
    public async Task Eleven_unanswered_in_a_row_hand_the_shop_to_the_bot_until_an_agent_answers()
    {
        _gateway.RealTime();
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await _gateway.Host.ConnectAsync(tenant, null, "b1", "buyer");
        await using var agent = await _gateway.Host.ConnectAsync(tenant, "s1", "a1", "agent");
        var conversation = await _gateway.ConversationAsync(buyer, "s1");
        _gateway.Clock.Set(Morning);

        for (var i = 0; i < 10; i++) await buyer.SendAsync(conversation, $"你好，请问第{i}个问题");
        await agent.AssertNoneAsync("botHandoff");
        await buyer.AssertNoneAsync("message", TimeSpan.Zero);

        await buyer.SendAsync(conversation, "还有人吗");
        var handoff = await agent.NextAsync("botHandoff");
        Assert.Equal("s1", handoff.GetProperty("shopId").GetString());
        Assert.True(handoff.GetProperty("active").GetBoolean());
        var bot = await buyer.NextAsync("message");
        Assert.Equal("bot", bot.GetProperty("senderRole").GetString());
        Assert.Contains("机器人", bot.GetProperty("text").GetString());
        await buyer.SendAsync(conversation, "好的");
        // The bot answers a waiting buyer once per handoff. Its answers come from the background responder, not in order
        // with this connection's replies, so a round trip proves nothing here: a bounded wait does.
        await buyer.AssertNoneAsync("message", TimeSpan.FromMilliseconds(500));

        await agent.SendAsync(conversation, "抱歉久等了，我来为您处理");
        Assert.False((await agent.NextAsync("botHandoff")).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Eleven_waiting_buyers_hand_off_and_every_one_of_them_hears_from_the_bot()
    {
        _gateway.RealTime();
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var agent = await _gateway.Host.ConnectAsync(tenant, "s1", "a1", "agent");
        var buyers = new List<(ChatClient Client, string Conversation)>();
        for (var i = 0; i < 11; i++)
        {
            var client = await _gateway.Host.ConnectAsync(tenant, null, $"b{i}", "buyer");
            buyers.Add((client, await _gateway.ConversationAsync(client, "s1")));
        }
        _gateway.Clock.Set(Morning);
        try
        {
            for (var i = 0; i < 10; i++) await buyers[i].Client.SendAsync(buyers[i].Conversation, "在吗？想问一下尺码");
            await agent.AssertNoneAsync("botHandoff");

            await buyers[10].Client.SendAsync(buyers[10].Conversation, "这个什么时候发货");
            Assert.True((await agent.NextAsync("botHandoff")).GetProperty("active").GetBoolean());
            foreach (var (client, _) in buyers)
                Assert.Equal("bot", (await client.NextAsync("message")).GetProperty("senderRole").GetString());

            // One answer brings the shop back to 10 waiting: the bot hands reception back.
            await agent.SendAsync(buyers[0].Conversation, "您好，尺码表在详情页");
            Assert.False((await agent.NextAsync("botHandoff")).GetProperty("active").GetBoolean());
        }
        finally
        {
            foreach (var (client, _) in buyers) await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task While_the_bot_receives_eleven_waiting_buyers_the_desk_still_lists_them_unanswered_and_reads_the_handoff()
    {
        _gateway.RealTime();
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var agent = await _gateway.Host.ConnectAsync(tenant, "s1", "a1", "agent");
        using var desk = _gateway.Host.Http(await _gateway.Host.TokenAsync(tenant, "s1", "a1", "agent"));
        var buyers = new List<(ChatClient Client, string Conversation)>();
        for (var i = 0; i < 11; i++)
        {
            var client = await _gateway.Host.ConnectAsync(tenant, null, $"b{i}", "buyer");
            buyers.Add((client, await _gateway.ConversationAsync(client, "s1")));
        }
        try
        {
            Assert.False(await HandoffActiveAsync(desk));
            _gateway.Clock.Set(Morning);
            foreach (var (client, conversation) in buyers) await client.SendAsync(conversation, "在吗？想问一下尺码");
            Assert.True((await agent.NextAsync("botHandoff")).GetProperty("active").GetBoolean());
            foreach (var (client, _) in buyers) await client.NextAsync("message"); // the bot's greeting, stored

            // S1: the bot's greeting is not the shop answering; every buyer is still waiting for an agent.
            var listed = JsonDocument.Parse(await desk.GetStringAsync("/api/v1/shops/s1/conversations")).RootElement.EnumerateArray().ToArray();
            Assert.Equal(11, listed.Length);
            Assert.All(listed, c => Assert.True(c.GetProperty("unanswered").GetBoolean()));
            Assert.All(listed, c => Assert.Equal("bot", c.GetProperty("lastMessage").GetProperty("senderRole").GetString()));
            Assert.True(await HandoffActiveAsync(desk));

            await agent.SendAsync(buyers[0].Conversation, "您好，尺码表在详情页");
            await agent.NextAsync("botHandoff");
            Assert.False(await HandoffActiveAsync(desk));
            listed = JsonDocument.Parse(await desk.GetStringAsync("/api/v1/shops/s1/conversations")).RootElement.EnumerateArray().ToArray();
            Assert.Equal(10, listed.Count(c => c.GetProperty("unanswered").GetBoolean()));
        }
        finally
        {
            foreach (var (client, _) in buyers) await client.DisposeAsync();
        }
    }

    private static async Task<bool> HandoffActiveAsync(HttpClient desk)
    {
        var state = JsonDocument.Parse(await desk.GetStringAsync("/api/v1/shops/s1/handoff")).RootElement;
        Assert.Equal("s1", state.GetProperty("shopId").GetString());
        return state.GetProperty("active").GetBoolean();
    }

    [Fact]
    public async Task The_bot_answers_from_the_faq_when_the_buyer_asks_about_it()
    {
        _gateway.RealTime();
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await _gateway.Host.ConnectAsync(tenant, null, "b1", "buyer");
        await using var late = await _gateway.Host.ConnectAsync(tenant, null, "b2", "buyer");
        await using var agent = await _gateway.Host.ConnectAsync(tenant, "s1", "a1", "agent");
        var conversation = await _gateway.ConversationAsync(buyer, "s1");
        var lateConversation = await _gateway.ConversationAsync(late, "s1");
        _gateway.Clock.Set(Morning);

        for (var i = 0; i < 11; i++) await buyer.SendAsync(conversation, "请问有优惠吗");
        await agent.NextAsync("botHandoff");
        await buyer.NextAsync("message");

        await late.SendAsync(lateConversation, "请问什么时候发货？");
        var answer = await late.NextAsync("message");
        Assert.Equal("bot", answer.GetProperty("senderRole").GetString());
        Assert.Equal(FaqAnswer, answer.GetProperty("text").GetString());
        // The bot's message is stored like any other: it is in the conversation's history.
        _gateway.RealTime();
        using var http = _gateway.Host.Http(await _gateway.Host.TokenAsync(tenant, null, "b2", "buyer"));
        var history = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/conversations/{lateConversation}/messages")).RootElement;
        Assert.Equal(["buyer", "bot"], history.EnumerateArray().Select(m => m.GetProperty("senderRole").GetString()));
    }

    [Theory]
    [InlineData(7, 59, 59)]
    [InlineData(23, 0, 0)]
    public async Task Outside_working_hours_nothing_counts(int hour, int minute, int second)
    {
        _gateway.RealTime();
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await _gateway.Host.ConnectAsync(tenant, null, "b1", "buyer");
        await using var agent = await _gateway.Host.ConnectAsync(tenant, "s1", "a1", "agent");
        var conversation = await _gateway.ConversationAsync(buyer, "s1");
        _gateway.Clock.Set(ClockedGateway.Shanghai(2026, 11, 20, hour, minute, second));

        for (var i = 0; i < 11; i++) await buyer.SendAsync(conversation, "在吗");
        await agent.AssertNoneAsync("botHandoff");
        await buyer.AssertNoneAsync("message", TimeSpan.Zero);
    }

    [Fact]
    public async Task Working_hours_start_at_eight_sharp()
    {
        _gateway.RealTime();
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await _gateway.Host.ConnectAsync(tenant, null, "b1", "buyer");
        await using var agent = await _gateway.Host.ConnectAsync(tenant, "s1", "a1", "agent");
        var conversation = await _gateway.ConversationAsync(buyer, "s1");
        _gateway.Clock.Set(ClockedGateway.Shanghai(2026, 11, 20, 7, 59, 59));
        await buyer.SendAsync(conversation, "在吗"); // not counted
        _gateway.Clock.Set(ClockedGateway.Shanghai(2026, 11, 20, 8, 0, 0));
        for (var i = 0; i < 10; i++) await buyer.SendAsync(conversation, "在吗");
        await agent.AssertNoneAsync("botHandoff");
        await buyer.SendAsync(conversation, "在吗");
        Assert.True((await agent.NextAsync("botHandoff")).GetProperty("active").GetBoolean());
    }
}
