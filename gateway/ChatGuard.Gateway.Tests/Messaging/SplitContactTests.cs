using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Messaging;

/// <summary>Issue 18 item 4: contact details sent one piece per message are caught on the message that completes them.</summary>
public class SplitContactTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    private async Task<string[]> SendEachAsync(ChatClient sender, string conversationId, params string[] pieces)
    {
        var actions = new List<string>();
        foreach (var piece in pieces) actions.Add((await sender.SendAsync(conversationId, piece)).GetProperty("action").GetString()!);
        return [.. actions];
    }

    [Fact]
    public async Task A_phone_number_in_three_messages_is_not_allowed_on_the_third()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;

        var actions = await SendEachAsync(buyer, conversationId, "139", "0013", "2288");

        Assert.Equal(["allow", "allow"], actions[..2]);
        Assert.NotEqual("allow", actions[2]);
    }

    [Fact]
    public async Task A_handle_after_a_cue_spelled_over_four_messages_is_caught_on_the_handle()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agentA", "agent");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        await buyer.SendAsync(conversationId, "在吗");

        var actions = await SendEachAsync(agent, conversationId, "加我", "微", "信", "lily7788");

        Assert.Equal(["allow", "allow"], actions[..2]);
        Assert.Equal("mask", actions[2]); // 加我微信 is an invitation on its own
        Assert.Equal("mask", actions[3]);
    }

    [Fact]
    public async Task Pieces_from_two_senders_do_not_make_one_number()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agentA", "agent");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;

        Assert.Equal(["allow", "allow"], await SendEachAsync(buyer, conversationId, "139", "0013"));
        Assert.Equal(["allow"], await SendEachAsync(agent, conversationId, "2288"));
    }
}
