using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Security;

/// <summary>S12: a run of real traffic leaves no phone number, handle or message text in the Information-level logs.</summary>
public class ConfidentialLogsTests
{
    [Fact]
    public async Task Buyer_data_never_reaches_the_logs()
    {
        var secrets = new[] { "13987654321", "wxid_secret_handle", "buyer.secret@example.com", "我的家在幸福路88号", "SECRET-SENTENCE-Q" };
        var settings = new Dictionary<string, string>
        {
            ["ChatGuard:DataDirectory"] = TestDirectories.Create("chatguard-logs-"),
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
        };
        await using var gateway = await GatewayProcess.StartAsync(settings);
        await using (var buyer = await gateway.ConnectAsync("t1", null, "buyer1", "buyer"))
        await using (var agent = await gateway.ConnectAsync("t1", "shop1", "agent1", "agent"))
        {
            var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
            await buyer.SendAsync(conversationId, $"电话 {secrets[0]} 微信 {secrets[1]}");
            await buyer.SendAsync(conversationId, $"邮箱 {secrets[2]} 地址 {secrets[3]}");
            await agent.SendAsync(conversationId, secrets[4]);
            await Assert.ThrowsAnyAsync<Exception>(() => buyer.SendAsync(conversationId, secrets[4] + new string('x', 3000)));
        }
        // The gateway logs through one ordered queue to its output: once a request made now is logged, every line the
        // calls above logged is there too.
        var marker = $"/readyz/log-marker-{Guid.NewGuid():N}";
        using (var http = new HttpClient { BaseAddress = gateway.BaseAddress }) await http.GetAsync(marker);
        await Poll.UntilAsync(() => gateway.Output.Contains(marker), "the marker request logged");

        var logs = gateway.Output;
        Assert.Contains("Stored message", logs);
        foreach (var secret in secrets) Assert.DoesNotContain(secret, logs);
    }
}
