using System.Text.Json;
using ChatGuard.Gateway.Tests.Flags;
using ChatGuard.Gateway.Tests.Infrastructure;
using ChatGuard.Gateway.Tests.Sanctions;

namespace ChatGuard.Gateway.Tests.Spam;

/// <summary>Spam windows need a clock the test moves; the class has its own gateway and clock.</summary>
public class SpamTests : IClassFixture<ClockedGatewayFixture>
{
    private readonly ClockedGatewayFixture fixture;

    /// <summary>xunit makes an instance per test: each starts at the real time, against which tokens are checked.</summary>
    public SpamTests(ClockedGatewayFixture fixture)
    {
        this.fixture = fixture;
        fixture.Clock.RealTime();
    }

    private const string Advert = "新店开业全场五折，今晚八点准时开抢，先到先得";

    private GatewayHost Host => fixture.Host;
    private ManualClock Clock => fixture.Clock;

    private static string Id(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static async Task<JsonElement> NextSpamAsync(ChatClient moderator)
    {
        while (true)
        {
            var flag = await moderator.NextAsync("flag");
            if (Id(flag, "kind") == "spam") return flag;
        }
    }

    private static async Task<JsonElement[]> SpamFlagsAsync(ApiClient api) =>
        [.. (await api.OkAsync("/api/v1/flags?kind=spam")).GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task Near_identical_messages_to_several_conversations_raise_one_spam_flag_per_burst()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var moderator = await Host.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation");
        using var api = await ApiClient.ForAsync(Host, tenant, null, "mod1", "moderator");
        var conversations = new List<string>();
        foreach (var shop in new[] { "shop1", "shop2", "shop3", "shop4" })
            conversations.Add(Id(await buyer.StartConversationAsync(shop), "conversationId"));

        var ids = new List<string>
        {
            Id(await buyer.SendAsync(conversations[0], Advert), "messageId"),
            Id(await buyer.SendAsync(conversations[1], "新店开业 全场五折!! 今晚8点准时开抢，先到先得~"), "messageId"),
        };
        Assert.Empty(await SpamFlagsAsync(api));
        ids.Add(Id(await buyer.SendAsync(conversations[2], "新店開業全場五折，今晚八點準時開搶，先到先得"), "messageId"));

        var flag = await NextSpamAsync(moderator);
        Assert.Equal(ids, flag.GetProperty("messageIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ids[2], Id(flag, "messageId"));
        Assert.Equal(["spam"], flag.GetProperty("labels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["C9"], flag.GetProperty("rules").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("3 conversation", Id(flag, "reason"));
        Assert.Equal("buyer1", Id(flag, "senderId"));

        await buyer.SendAsync(conversations[3], Advert);
        Assert.Single(await SpamFlagsAsync(api));
    }

    [Fact]
    public async Task Repeats_spread_wider_than_the_window_are_not_spam_until_they_bunch_up()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        using var api = await ApiClient.ForAsync(Host, tenant, null, "mod1", "moderator");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");

        await buyer.SendAsync(conversationId, Advert);
        Clock.Advance(TimeSpan.FromMinutes(6));
        await buyer.SendAsync(conversationId, Advert);
        Clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(1)); // the first is now just outside the 10-minute window
        await buyer.SendAsync(conversationId, Advert);
        Assert.Empty(await SpamFlagsAsync(api));

        Clock.Advance(TimeSpan.FromMinutes(1));
        var last = Id(await buyer.SendAsync(conversationId, Advert), "messageId");
        var flag = Assert.Single(await SpamFlagsAsync(api));
        Assert.Equal(last, Id(flag, "messageId"));
        Assert.Equal(3, flag.GetProperty("messageIds").GetArrayLength());
    }

    [Fact]
    public async Task Short_or_different_messages_are_not_spam()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        using var api = await ApiClient.ForAsync(Host, tenant, null, "mod1", "moderator");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");

        for (var i = 0; i < 4; i++) await buyer.SendAsync(conversationId, "在吗？");
        await buyer.SendAsync(conversationId, "请问这件衣服有没有大一码的");
        await buyer.SendAsync(conversationId, "我的快递怎么还没到，单号查不到");
        await buyer.SendAsync(conversationId, "发货的时候能帮我多放一个袋子吗");

        Assert.Empty(await SpamFlagsAsync(api));
    }

    [Fact]
    public async Task An_agent_answering_buyers_alike_is_not_spam_but_pestering_one_buyer_is()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agent1", "agent");
        using var api = await ApiClient.ForAsync(Host, tenant, null, "mod1", "moderator");
        var conversations = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await using var buyer = await Host.ConnectAsync(tenant, null, $"buyer{i}", "buyer");
            var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
            await buyer.SendAsync(conversationId, "请问什么时候发货");
            conversations.Add(conversationId);
        }

        foreach (var conversationId in conversations) await agent.SendAsync(conversationId, "亲，下单后四十八小时内发货哦");
        Assert.Empty(await SpamFlagsAsync(api));

        for (var i = 0; i < 2; i++) await agent.SendAsync(conversations[0], "亲，下单后四十八小时内发货哦");
        var flag = Assert.Single(await SpamFlagsAsync(api));
        Assert.Equal(["C9"], flag.GetProperty("rules").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("agent", Id(flag, "senderRole"));
    }

    [Fact]
    public async Task A_shop_writing_to_many_long_quiet_buyers_is_flagged_as_unsolicited_marketing()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agent1", "agent");
        await using var moderator = await Host.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation");
        using var api = await ApiClient.ForAsync(Host, tenant, null, "mod1", "moderator");
        var conversations = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await using var buyer = await Host.ConnectAsync(tenant, null, $"buyer{i}", "buyer");
            var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
            await buyer.SendAsync(conversationId, "这个杯子是玻璃的吗");
            conversations.Add(conversationId);
        }
        await agent.SendAsync(conversations[0], "是的，高硼硅玻璃");

        Clock.Advance(TimeSpan.FromDays(4));
        var texts = new[] { "双十一返场，老客专享福利", "好久不见，店里上新了，来看看吧", "会员日限时折扣" };
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add(Id(await agent.SendAsync(conversations[i], texts[i]), "messageId"));

        var flag = await NextSpamAsync(moderator);
        Assert.Equal(["S5"], flag.GetProperty("rules").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ids, flag.GetProperty("messageIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("shop1", Id(flag, "shopId"));
        Assert.Single(await SpamFlagsAsync(api));
    }
}
