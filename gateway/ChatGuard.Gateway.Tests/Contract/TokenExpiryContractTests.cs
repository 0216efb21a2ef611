using ChatGuard.Gateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ChatGuard.Gateway.Tests.Contract;

/// <summary>Issue 18 item 8, from outside with the JavaScript client: hub connections do not outlive their tokens.</summary>
public class TokenExpiryContractTests(ITestOutputHelper log)
{
    private static readonly string Folder = NodeScript.RepoPath("gateway/contract");

    [Fact]
    public async Task A_send_40_seconds_after_the_token_expired_is_refused()
    {
        await NodeScript.EnsureInstalledAsync(Folder);
        await using var gateway = await GatewayProcess.StartAsync(new Dictionary<string, string>
        {
            ["ChatGuard:DataDirectory"] = TestDirectories.Create("chatguard-expiry-"),
            ["ChatGuard:Auth:DevTokenLifetime"] = "00:00:05",
        });

        var (code, output) = await NodeScript.RunAsync(Folder, "node", ["hardening.mjs", gateway.BaseAddress.ToString(), "expiry", "5"],
            TimeSpan.FromMinutes(2));

        log.WriteLine(output);
        Assert.True(code == 0, output);
        Assert.Contains("expiry: ok", output);
    }
}
