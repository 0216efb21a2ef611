using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Messaging;

public class ChatFlowTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    [Fact]
    public async Task Buyer_message_reaches_every_agent_of_the_shop_and_no_one_else()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agentA = await Host.ConnectAsync(tenant, "shop1", "agentA", "agent");
        await using var agentB = await Host.ConnectAsync(tenant, "shop1", "agentB", "agent");
        await using var otherShop = await Host.ConnectAsync(tenant, "shop2", "agentC", "agent");
        await using var otherTenant = await Host.ConnectAsync(ScriptedGatewayFixture.Unique("t"), "shop1", "agentA", "agent");

        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        var ack = await buyer.SendAsync(conversationId, "你好，这款有现货吗？");

        Assert.Equal("allow", ack.GetProperty("action").GetString());
        foreach (var agent in new[] { agentA, agentB })
        {
            var received = await agent.NextAsync("message");
            Assert.Equal(ack.GetProperty("messageId").GetString(), received.GetProperty("messageId").GetString());
            Assert.Equal(conversationId, received.GetProperty("conversationId").GetString());
            Assert.Equal("buyer", received.GetProperty("senderRole").GetString());
            Assert.Equal("buyer1", received.GetProperty("senderId").GetString());
            Assert.Equal("你好，这款有现货吗？", received.GetProperty("text").GetString());
            Assert.True(received.TryGetProperty("sentAt", out _));
        }
        await otherShop.AssertNoneAsync("message");
        await otherTenant.AssertNoneAsync("message");
        await buyer.AssertNoneAsync("message", TimeSpan.Zero);
    }

    [Fact]
    public async Task Agent_reply_reaches_the_buyer_and_the_other_agents_but_not_other_buyers()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var otherBuyer = await Host.ConnectAsync(tenant, null, "buyer2", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agentA", "agent");
        await using var colleague = await Host.ConnectAsync(tenant, "shop1", "agentB", "agent");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        await otherBuyer.StartConversationAsync("shop1");

        var ack = await agent.SendAsync(conversationId, "有的，今天下单明天发货");

        Assert.Equal(ack.GetProperty("messageId").GetString(), (await buyer.NextAsync("message")).GetProperty("messageId").GetString());
        Assert.Equal("agent", (await colleague.NextAsync("message")).GetProperty("senderRole").GetString());
        await otherBuyer.AssertNoneAsync("message");
    }

    [Fact]
    public async Task Start_conversation_is_idempotent_per_buyer_and_shop()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var otherBuyer = await Host.ConnectAsync(tenant, null, "buyer2", "buyer");

        var first = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString();
        var again = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString();
        var otherShop = (await buyer.StartConversationAsync("shop2")).GetProperty("conversationId").GetString();
        var other = (await otherBuyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString();

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherShop);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task A_retried_send_returns_the_same_message_and_is_delivered_once()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agentA", "agent");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;

        var first = await buyer.SendAsync(conversationId, "请问几天能到？", "client-1");
        var retry = await buyer.SendAsync(conversationId, "请问几天能到？", "client-1");

        Assert.Equal(first.GetProperty("messageId").GetString(), retry.GetProperty("messageId").GetString());
        Assert.False(first.GetProperty("duplicate").GetBoolean());
        Assert.True(retry.GetProperty("duplicate").GetBoolean());
        await agent.NextAsync("message");
        await agent.AssertNoneAsync("message");
    }

    [Fact]
    public async Task Concurrent_retries_store_one_message()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;

        var acks = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => buyer.SendAsync(conversationId, "在吗", "same-id")));

        Assert.Single(acks.Select(a => a.GetProperty("messageId").GetString()).Distinct());
    }

    [Theory]
    [InlineData("[mask] 这句话被遮住", "mask", "****** 这句话被遮住")]
    [InlineData("[block] 不送达", "block", null)]
    [InlineData("[review] 等待审核", "review", null)]
    public async Task Each_verdict_action_is_delivered_as_the_policy_says(string text, string action, string? delivered)
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agentA", "agent");
        await using var moderator = await Host.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;

        var ack = await buyer.SendAsync(conversationId, text);

        Assert.Equal(action, ack.GetProperty("action").GetString());
        Assert.Equal("abuse", ack.GetProperty("labels")[0].GetString());
        Assert.False(string.IsNullOrEmpty(ack.GetProperty("reason").GetString()));
        if (delivered is null)
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, ack.GetProperty("deliveredText").ValueKind);
            await agent.AssertNoneAsync("message");
        }
        else
        {
            Assert.Equal(delivered, ack.GetProperty("deliveredText").GetString());
            Assert.Equal(delivered, (await agent.NextAsync("message")).GetProperty("text").GetString());
        }
        var flag = await moderator.NextAsync("flag");
        Assert.Equal(ack.GetProperty("messageId").GetString(), flag.GetProperty("messageId").GetString());
        Assert.Equal(text, flag.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Contact_details_are_masked_by_the_real_detectors()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agentA", "agent");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;

        var ack = await agent.SendAsync(conversationId, "有问题打我电话 13912345678");

        Assert.Equal("mask", ack.GetProperty("action").GetString());
        Assert.Contains("contact_diversion", ack.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var received = (await buyer.NextAsync("message")).GetProperty("text").GetString()!;
        Assert.DoesNotContain("13912345678", received);
        Assert.StartsWith("有问题", received);
    }

    [Fact]
    public async Task The_bot_posts_into_its_shops_conversations()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var bot = await Host.ConnectAsync(tenant, "shop1", "bot", "bot");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;

        await bot.SendAsync(conversationId, "您好，客服稍后回复您");

        Assert.Equal("bot", (await buyer.NextAsync("message")).GetProperty("senderRole").GetString());
    }
}
