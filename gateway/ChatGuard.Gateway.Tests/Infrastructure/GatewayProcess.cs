using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway as a separate OS process (the built ChatGuard.Gateway.dll), started the way operators start it,
/// so tests can <c>kill -9</c> it. Output is kept for assertions (e.g. nothing confidential in logs).
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private GatewayProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <param name="dll">Another build of the gateway (a published one); the test's own build by default.</param>
    /// <param name="workingDirectory">Where it is started from; the build's folder by default.</param>
    public static async Task<GatewayProcess> StartAsync(IDictionary<string, string> settings, int? port = null, string environment = "Development",
        string? dll = null, string? workingDirectory = null)
    {
        dll ??= typeof(Program).Assembly.Location;
        var chosen = port ?? LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
        };
        foreach (var a in new[] { dll, "--urls", $"http://127.0.0.1:{chosen}", "--environment", environment }) start.ArgumentList.Add(a);
        foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");
        var process = Process.Start(start)!;
        var gateway = new GatewayProcess(process, new Uri($"http://127.0.0.1:{chosen}"));
        process.OutputDataReceived += (_, e) => { lock (gateway._output) gateway._output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (gateway._output) gateway._output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await gateway.WaitHealthyAsync();
        return gateway;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The most resident memory the process has held so far (Linux VmHWM), in bytes.</summary>
    public long PeakResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public int ExitCode => _process.ExitCode;

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            await Poll.UntilAsync(async () =>
            {
                if (_process.HasExited)
                {
                    // HasExited can turn true before the redirected output is drained: wait for its end before reading it.
                    await _process.WaitForExitAsync();
                    throw new InvalidOperationException($"gateway exited with {_process.ExitCode}:\n{Output}");
                }
                try
                {
                    return (await http.GetAsync("/readyz")).IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            }, "ready", TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"gateway did not become ready:\n{Output}");
        }
    }

    public async Task<string> TokenAsync(string tenant, string? shopId, string userId, string role)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var response = await http.PostAsJsonAsync("/dev/token", new { tenant, shopId, userId, role });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
    }

    public async Task<ChatClient> ConnectAsync(string tenant, string? shopId, string userId, string role) =>
        await ChatClient.ConnectAsync(new Uri(BaseAddress, "/hubs/chat"), await TokenAsync(tenant, shopId, userId, role));

    /// <summary>SIGKILL: no shutdown hooks, no flushing — what a crash or an OOM kill does.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
