using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

/// <summary>S3 (72-hour reply window) and S5 (no unsolicited contact) at SendMessage, on the TikTok profile only.</summary>
public sealed class SessionRuleTests : IAsyncLifetime
{
    private const string TikTok = "tiktok1";
    private const string Feige = "feige1";
    private ClockedGateway _gateway = null!;

    public Task InitializeAsync()
    {
        _gateway = new ClockedGateway(new Dictionary<string, string?> { [$"ChatGuard:Tenants:{TikTok}:Profile"] = "tiktok-shop" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Theory]
    [InlineData(71, true)]
    [InlineData(72, true)]
    [InlineData(73, false)]
    public async Task An_agent_can_answer_within_72_hours_of_the_buyers_last_message(int hours, bool allowed)
    {
        _gateway.RealTime();
        var shop = ScriptedGatewayFixture.Unique("s");
        await using var buyer = await _gateway.Host.ConnectAsync(TikTok, null, ScriptedGatewayFixture.Unique("b"), "buyer");
        await using var agent = await _gateway.Host.ConnectAsync(TikTok, shop, "a1", "agent");
        var conversation = await _gateway.ConversationAsync(buyer, shop);
        var sent = ClockedGateway.Shanghai(2026, 11, 2, 12, 0);
        _gateway.Clock.Set(sent);
        await buyer.SendAsync(conversation, "请问可以退货吗");

        _gateway.Clock.Set(sent + TimeSpan.FromHours(hours));
        if (allowed)
        {
            await agent.SendAsync(conversation, "可以的，七天无理由");
        }
        else
        {
            var e = await Assert.ThrowsAsync<HubException>(() => agent.SendAsync(conversation, "可以的，七天无理由"));
            Assert.Contains("S3", e.Message);
            await buyer.SendAsync(conversation, "还在吗"); // a new buyer message opens the window again
            await agent.SendAsync(conversation, "在的");
        }
    }

    [Fact]
    public async Task An_agent_cannot_write_first_on_tiktok_but_may_elsewhere()
    {
        _gateway.RealTime();
        var shop = ScriptedGatewayFixture.Unique("s");
        await using var buyer = await _gateway.Host.ConnectAsync(TikTok, null, ScriptedGatewayFixture.Unique("b"), "buyer");
        await using var agent = await _gateway.Host.ConnectAsync(TikTok, shop, "a1", "agent");
        var conversation = await _gateway.ConversationAsync(buyer, shop);
        var e = await Assert.ThrowsAsync<HubException>(() => agent.SendAsync(conversation, "新品上架，欢迎选购"));
        Assert.Contains("S5", e.Message);
        await buyer.SendAsync(conversation, "你好");
        await agent.SendAsync(conversation, "您好，请问有什么可以帮您");

        await using var feigeBuyer = await _gateway.Host.ConnectAsync(Feige, null, "b1", "buyer");
        await using var feigeAgent = await _gateway.Host.ConnectAsync(Feige, shop, "a1", "agent");
        await feigeAgent.SendAsync(await _gateway.ConversationAsync(feigeBuyer, shop), "您好，欢迎光临");
    }
}
