using System.Net.Http.Headers;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Storage;

public class DurabilityTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    public static TheoryData<string> Engines() => ["sqlite", "postgres"];

    private async Task<Dictionary<string, string>> SettingsAsync(string engine)
    {
        var settings = new Dictionary<string, string>
        {
            ["ChatGuard:DataDirectory"] = TestDirectories.Create("chatguard-dur-"),
            // 50 unanswered buyer messages in working hours would bring S1's bot into the history this test compares.
            ["ChatGuard:Profiles:feige:UnansweredThreshold"] = "0",
        };
        if (engine == "postgres")
        {
            settings["ChatGuard:Store:Provider"] = "postgres";
            settings["ConnectionStrings:ChatGuard"] = await postgres.CreateDatabaseAsync("d");
        }
        return settings;
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Every_acknowledged_message_survives_kill_9_and_a_restart(string engine)
    {
        var settings = await SettingsAsync(engine);
        var acknowledged = new List<string>();
        string conversationId;
        string token;
        await using (var gateway = await GatewayProcess.StartAsync(settings))
        {
            token = await gateway.TokenAsync("t1", null, "buyer1", "buyer");
            var buyer = await ChatClient.ConnectAsync(new Uri(gateway.BaseAddress, "/hubs/chat"), token);
            conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
            for (var i = 0; i < 50; i++)
                acknowledged.Add((await buyer.SendAsync(conversationId, $"消息 {i}", $"client-{i}")).GetProperty("messageId").GetString()!);
            await gateway.KillAsync();
            await buyer.DisposeAsync();
        }

        await using var restarted = await GatewayProcess.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = restarted.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var history = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/conversations/{conversationId}/messages")).RootElement;

        Assert.Equal(acknowledged, history.EnumerateArray().Select(m => m.GetProperty("messageId").GetString()));
        Assert.Equal("消息 49", history[49].GetProperty("text").GetString());

        // The dedup survives the restart too: a retry of an acknowledged send is not stored again.
        await using var buyerAgain = await restarted.ConnectAsync("t1", null, "buyer1", "buyer");
        var retry = await buyerAgain.SendAsync(conversationId, "消息 49", "client-49");
        Assert.True(retry.GetProperty("duplicate").GetBoolean());
        Assert.Equal(acknowledged[49], retry.GetProperty("messageId").GetString());
    }
}
