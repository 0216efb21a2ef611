using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Contract;

/// <summary>DESIGN.md's service contract, driven from outside by the official JavaScript SignalR client (gateway/contract).</summary>
public class JavaScriptClientContractTests
{
    private static readonly string Folder = NodeScript.RepoPath("gateway/contract");

    [Fact]
    public async Task The_contract_holds_for_the_javascript_client()
    {
        await NodeScript.EnsureInstalledAsync(Folder);
        var settings = new Dictionary<string, string> { ["ChatGuard:DataDirectory"] = TestDirectories.Create("chatguard-js-") };
        await using var gateway = await GatewayProcess.StartAsync(settings);

        var (code, output) = await NodeScript.RunAsync(Folder, "node", ["contract.mjs", gateway.BaseAddress.ToString()], TimeSpan.FromMinutes(1));

        Assert.True(code == 0, output);
        Assert.Contains("contract: ok", output);
    }

    [Fact]
    public async Task The_last_message_acknowledged_to_the_javascript_client_survives_kill_9()
    {
        await NodeScript.EnsureInstalledAsync(Folder);
        var settings = new Dictionary<string, string> { ["ChatGuard:DataDirectory"] = TestDirectories.Create("chatguard-js-") };
        var port = 0;
        var acks = Path.Combine(TestDirectories.Create("chatguard-js-"), "acks.txt");
        File.WriteAllText(acks, "");
        await using (var gateway = await GatewayProcess.StartAsync(settings))
        {
            port = gateway.BaseAddress.Port;
            using var sender = NodeScript.Start(Folder, "node", "contract.mjs", gateway.BaseAddress.ToString(), "send", acks);
            await Poll.UntilAsync(() => File.ReadAllLines(acks).Length >= 30, "30 sends acknowledged", TimeSpan.FromSeconds(30));
            await gateway.KillAsync(); // mid-stream: the sender is still sending
            await sender.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        }
        Assert.True(File.ReadAllLines(acks).Length > 30, "the JavaScript client sent too few messages before the kill");

        await using var restarted = await GatewayProcess.StartAsync(settings, port);
        var (code, output) = await NodeScript.RunAsync(Folder, "node", ["contract.mjs", restarted.BaseAddress.ToString(), "verify", acks], TimeSpan.FromMinutes(1));

        Assert.True(code == 0, output);
        Assert.Contains("verified", output);
    }
}
