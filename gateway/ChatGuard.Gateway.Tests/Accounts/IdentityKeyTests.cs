using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Accounts;

/// <summary>
/// Issue 18, item 3: one user id as a buyer and as another shop's agent is two identities. Deliveries, retries and
/// budgets are keyed by tenant, role, shop and user.
/// </summary>
public sealed class IdentityKeyTests : IAsyncLifetime
{
    private GatewayHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new GatewayBuilder().WithSetting("ChatGuard:Security:MessagesPerMinutePerUser", "3").Build();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_agent_sharing_a_buyers_user_id_receives_nothing_of_the_buyers_conversation()
    {
        await using var buyer = await _host.ConnectAsync("t1", null, "u1", "buyer");
        await using var agentA = await _host.ConnectAsync("t1", "shopA", "agentA", "agent");
        await using var twin = await _host.ConnectAsync("t1", "shopB", "u1", "agent");
        var conversationId = (await buyer.StartConversationAsync("shopA")).GetProperty("conversationId").GetString()!;
        await buyer.SendAsync(conversationId, "在吗");
        await agentA.NextAsync("message");

        await agentA.SendAsync(conversationId, "您好，shop A 的私信回复");

        Assert.Equal("您好，shop A 的私信回复", (await buyer.NextAsync("message")).GetProperty("text").GetString());
        await twin.AssertNoneAsync("message");
    }

    [Fact]
    public async Task A_retry_id_reused_by_the_same_user_id_in_another_role_is_a_new_message()
    {
        await using var buyer = await _host.ConnectAsync("t1", null, "u2", "buyer");
        await using var otherBuyer = await _host.ConnectAsync("t1", null, "b9", "buyer");
        await using var twin = await _host.ConnectAsync("t1", "shopB", "u2", "agent");
        var buyersConversation = (await buyer.StartConversationAsync("shopA")).GetProperty("conversationId").GetString()!;
        var twinsConversation = (await otherBuyer.StartConversationAsync("shopB")).GetProperty("conversationId").GetString()!;
        var first = await buyer.SendAsync(buyersConversation, "买家的私事", "shared-id");
        await otherBuyer.SendAsync(twinsConversation, "请问", "b9-1");

        var own = await twin.SendAsync(twinsConversation, "店铺 B 的回复", "shared-id");

        Assert.False(own.GetProperty("duplicate").GetBoolean());
        Assert.NotEqual(first.GetProperty("messageId").GetString(), own.GetProperty("messageId").GetString());
        Assert.Equal("店铺 B 的回复", own.GetProperty("deliveredText").GetString());
    }

    [Fact]
    public async Task The_same_user_id_in_another_role_has_its_own_message_budget()
    {
        await using var buyer = await _host.ConnectAsync("t1", null, "u3", "buyer");
        await using var otherBuyer = await _host.ConnectAsync("t1", null, "b8", "buyer");
        await using var twin = await _host.ConnectAsync("t1", "shopB", "u3", "agent");
        var buyersConversation = (await buyer.StartConversationAsync("shopA")).GetProperty("conversationId").GetString()!;
        var twinsConversation = (await otherBuyer.StartConversationAsync("shopB")).GetProperty("conversationId").GetString()!;
        await otherBuyer.SendAsync(twinsConversation, "请问");
        for (var i = 0; i < 3; i++) await buyer.SendAsync(buyersConversation, $"第{i}条");
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => buyer.SendAsync(buyersConversation, "第4条"));

        var reply = await twin.SendAsync(twinsConversation, "您好");

        Assert.Equal("allow", reply.GetProperty("action").GetString());
    }
}
