using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ChatGuard.Gateway.Tests.Browser;

/// <summary>
/// Runs one browser scenario (a node script beside this file) against a gateway: Debian's Chromium driven by
/// npm playwright-core, installed in gateway/web by deploy/build-web.sh. The script prints <c>RESULT {json}</c>;
/// its screenshots go to <see cref="ScreenshotDirectory"/>.
/// </summary>
public static class BrowserScenario
{
    public static readonly string RepositoryRoot = FindRepositoryRoot();

    public static readonly string ScreenshotDirectory =
        Path.Combine(RepositoryRoot, "gateway", "ChatGuard.Gateway.Tests", "TestResults", "screenshots");

    public static async Task<JsonElement> RunAsync(string script, Uri gateway, IReadOnlyDictionary<string, string> inputs, TimeSpan timeout)
    {
        var modules = Path.Combine(RepositoryRoot, "gateway", "web", "node_modules");
        Assert.True(Directory.Exists(Path.Combine(modules, "playwright-core")), $"{modules}/playwright-core is missing: run deploy/build-web.sh");
        Directory.CreateDirectory(ScreenshotDirectory);

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(RepositoryRoot, "gateway", "ChatGuard.Gateway.Tests", "Browser"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        start.Environment["NODE_PATH"] = modules;
        start.Environment["BASE_URL"] = gateway.ToString().TrimEnd('/');
        start.Environment["SCREENSHOTS"] = ScreenshotDirectory;
        foreach (var (key, value) in inputs) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{script} did not finish within {timeout}:\n{output}");
        }
        process.WaitForExit(); // drains the redirected output
        string log;
        lock (output) log = output.ToString();
        Assert.True(process.ExitCode == 0, $"{script} failed:\n{log}");
        var result = log.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{script} printed no RESULT line:\n{log}");
        return JsonDocument.Parse(result["RESULT ".Length..]).RootElement.Clone();
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatGuard.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no ChatGuard.sln above {AppContext.BaseDirectory}");
    }
}
