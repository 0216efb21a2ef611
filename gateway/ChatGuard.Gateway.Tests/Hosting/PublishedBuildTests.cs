using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Hosting;

/// <summary>
/// What operators run: a bare <c>dotnet publish</c> of the gateway, started from an unrelated working directory (as a
/// systemd unit or a container does). Its pages, their scripts, the API description and the metrics must all be there.
/// </summary>
public sealed partial class PublishedBuildTests : IAsyncLifetime
{
    private readonly string _publish = TestDirectories.Create("chatguard-publish-");
    private readonly string _elsewhere = TestDirectories.Create("chatguard-cwd-");
    private GatewayProcess _gateway = null!;

    public async Task InitializeAsync()
    {
        var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../ChatGuard.Gateway/ChatGuard.Gateway.csproj"));
        var publish = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "publish", project, "-o", _publish, "--nologo", "-v", "quiet" }) publish.ArgumentList.Add(a);
        using var process = Process.Start(publish)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{await output}\n{await errors}");
        _gateway = await GatewayProcess.StartAsync(new Dictionary<string, string> { ["ChatGuard:DataDirectory"] = Path.Combine(_elsewhere, "data") },
            dll: Path.Combine(_publish, "ChatGuard.Gateway.dll"), workingDirectory: _elsewhere);
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Pages_and_their_scripts_the_api_description_and_metrics_are_served_from_another_working_directory()
    {
        using var http = new HttpClient { BaseAddress = _gateway.BaseAddress };
        foreach (var page in new[] { "/console", "/desk", "/widget" })
        {
            var html = await GetOkAsync(http, page);
            var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(scripts);
            foreach (var script in scripts) await GetOkAsync(http, script);
        }
        // The SignalR browser client comes from the build (npm), not from a script run beside it.
        Assert.Contains("signalR", await GetOkAsync(http, "/lib/signalr.min.js"));

        using var api = JsonDocument.Parse(await GetOkAsync(http, "/openapi/v1.json"));
        var paths = api.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/flags", "/api/v1/flags/{id}/decision", "/api/v1/conversations/{id}/messages", "/api/v1/moderate" })
        {
            Assert.True(paths.TryGetProperty(path, out var operations), $"{path} is not described");
            foreach (var operation in operations.EnumerateObject())
            {
                Assert.True(operation.Value.TryGetProperty("security", out _), $"{operation.Name} {path} names no security scheme");
                Assert.True(operation.Value.GetProperty("responses").TryGetProperty("200", out _), $"{operation.Name} {path} has no 200 response");
            }
        }
        var scheme = api.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());

        Assert.Contains("http_server_request_duration_seconds", await GetOkAsync(http, "/metrics"));
        Assert.Contains("/console", _gateway.Output); // the start-up line names the pages
    }

    private static async Task<string> GetOkAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
