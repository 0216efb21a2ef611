using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Browser;

/// <summary>S1 in the desk: with 11 buyers waiting and the bot receiving, a desk opened then tells the truth.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HandoffBrowserTests : IAsyncLifetime
{
    // Working hours all day, so the handoff starts whenever the test runs (S1 counts only in working hours).
    private readonly GatewayHost _host = new GatewayBuilder().WithSetting("ChatGuard:Profiles:feige:WorkingHours", "00:00-24:00").Build();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_desk_opened_while_the_bot_receives_eleven_waiting_buyers_says_so_and_lists_them_all_as_waiting()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var watcher = await _host.ConnectAsync(tenant, "s1", "agent0", "agent");
        var buyers = new List<ChatClient>();
        try
        {
            for (var i = 0; i < 11; i++)
            {
                var buyer = await _host.ConnectAsync(tenant, null, $"buyer{i}", "buyer");
                buyers.Add(buyer);
                var conversation = (await buyer.StartConversationAsync("s1")).GetProperty("conversationId").GetString()!;
                await buyer.SendAsync(conversation, $"在吗？想问一下{i}号的尺码");
            }
            Assert.True((await watcher.NextAsync("botHandoff")).GetProperty("active").GetBoolean());
            foreach (var buyer in buyers) Assert.Equal("bot", (await buyer.NextAsync("message")).GetProperty("senderRole").GetString());

            var result = await BrowserScenario.RunAsync("handoff.cjs", _host.BaseAddress, new Dictionary<string, string> { ["TENANT"] = tenant },
                TimeSpan.FromMinutes(2));

            foreach (var (language, handoff, waiting) in new[] { ("zh-CN", "机器人正在接待买家", "11 位买家待回复"), ("en", "The bot is receiving buyers", "11 waiting") })
            {
                var desk = result.GetProperty(language);
                Assert.StartsWith(handoff, desk.GetProperty("handoff").GetString());
                Assert.Equal(waiting, desk.GetProperty("waitingCount").GetString());
                Assert.Equal(11, desk.GetProperty("rows").GetInt32());
                Assert.Equal(11, desk.GetProperty("waitingRows").GetInt32());
                // The list shows the bot's greeting as the last message, and still counts the buyer as waiting.
                Assert.All(desk.GetProperty("previews").EnumerateArray(), p => Assert.StartsWith(language == "en" ? "Shop assistant" : "店铺助手", p.GetString()));
                Assert.Empty(desk.GetProperty("problems").EnumerateArray());
            }
        }
        finally
        {
            foreach (var buyer in buyers) await buyer.DisposeAsync();
        }
    }
}
