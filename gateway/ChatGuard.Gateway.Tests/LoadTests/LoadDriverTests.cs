using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.LoadTests;

/// <summary>
/// The load driver is part of the product's evidence: its own unit tests (recorder, chart) run here, and
/// <c>loadtests/run</c> runs end to end for a few seconds against all three servers, writing DESIGN.md's JSON.
/// Figures are not asserted (performance is measured, not tested); the contract and "nothing lost" are.
/// </summary>
public sealed class LoadDriverTests
{
    private static readonly string Folder = NodeScript.RepoPath("loadtests");

    [Fact]
    public async Task The_drivers_own_unit_tests_pass()
    {
        await NodeScript.EnsureInstalledAsync(Folder);
        var (code, output) = await NodeScript.RunAsync(Folder, "node", ["--test", "driver/"], TimeSpan.FromMinutes(2));
        Assert.True(code == 0, output);
    }

    [Fact]
    public async Task A_short_run_drives_raw_unmoderated_and_moderated_and_writes_the_contract_json_with_nothing_lost()
    {
        var output = Path.Combine(TestDirectories.Create("chatguard-load-"), "smoke.json");
        var (code, log) = await NodeScript.RunAsync(Folder, "bash", ["run", "--duration", "4", "--shops", "4", "--out", output], TimeSpan.FromMinutes(8));
        Assert.True(code == 0, log);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var runs = json.RootElement.GetProperty("runs");
        foreach (var name in new[] { "raw", "unmoderated", "moderated" })
        {
            var run = runs.GetProperty(name);
            foreach (var field in new[] { "sent", "delivered", "rejected", "lost", "msgs_per_s", "p50_ms", "p99_ms" })
                Assert.True(run.TryGetProperty(field, out _), $"{name} has no {field}");
            Assert.True(run.GetProperty("sent").GetInt64() > 0, $"{name} sent nothing");
            Assert.Equal(0, run.GetProperty("lost").GetInt64());
        }
        // The message mix breaks rules now and then: only the moderated gateway rejects any of it.
        Assert.Equal(0, runs.GetProperty("unmoderated").GetProperty("rejected").GetInt64());
        Assert.True(runs.GetProperty("moderated").GetProperty("rejected").GetInt64() > 0, log);
        Assert.True(File.Exists(Path.ChangeExtension(output, ".html")), "no chart next to the JSON");
    }
}
