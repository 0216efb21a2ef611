using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Moderation;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatGuard.Gateway.Tests.Security;

/// <summary>
/// Generated hostile input against every hub method and every HTTP endpoint the gateway maps (found by reflection
/// and from the routing table, so new methods and endpoints are covered without editing this file): each call
/// gets an answer — a result, an error completion or a 4xx — never a 5xx, a crash or a dropped connection.
/// </summary>
public sealed class GeneratedInputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int PerMethod = 40;
    private GatewayHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new GatewayBuilder()
            .WithSettings(new Dictionary<string, string>
            {
                ["ChatGuard:Security:MessagesPerMinutePerUser"] = "100000",
                ["ChatGuard:Security:MessagesPerMinutePerConnection"] = "100000",
                ["ChatGuard:Security:HttpRequestsPerMinute"] = "1000000",
                ["ChatGuard:Security:HubCallsPerMinutePerUser"] = "100000",
            })
            .Build();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static IEnumerable<string> HubMethods(Type hub) => hub
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.Name is not ("OnConnectedAsync" or "OnDisconnectedAsync" or "Dispose"))
        .Select(m => m.Name)
        .Distinct();

    [Theory]
    [InlineData("/hubs/chat", "buyer")]
    [InlineData("/hubs/chat", "agent")]
    [InlineData("/hubs/chat", "bot")]
    [InlineData("/hubs/moderation", "moderator")]
    public async Task Every_hub_method_answers_generated_arguments_and_the_connection_survives(string hubPath, string role)
    {
        var hub = hubPath == "/hubs/chat" ? typeof(ChatHub) : typeof(ModerationHub);
        var token = await _host.TokenAsync("fuzz", role is "agent" or "bot" ? "shop1" : null, role + "1", role);
        await using var raw = await RawHubSocket.ConnectAsync(new Uri(_host.BaseAddress, hubPath), token);
        var methods = HubMethods(hub).ToList();
        var calls = 0;

        foreach (var (method, index) in methods.Select((m, i) => (m, i)))
        {
            foreach (var arguments in HostileInputs.Sample(HostileInputs.HubArguments(), PerMethod, seed: 1000 + index))
            {
                var completion = await raw.InvokeAsync(method, arguments);
                Assert.True(completion.TryGetProperty("error", out _) || completion.TryGetProperty("result", out _) || completion.GetProperty("type").GetInt32() == 3,
                    $"{method}({arguments}) → {completion}");
                calls++;
            }
        }

        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, raw.State);
        Assert.Equal(role + "1", (await raw.InvokeAsync("WhoAmI", "[]")).GetProperty("result").GetProperty("userId").GetString());
        output.WriteLine($"{hubPath} as {role}: {methods.Count} methods ({string.Join(", ", methods)}), {calls} generated calls");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("buyer")]
    [InlineData("agent")]
    [InlineData("moderator")]
    public async Task Every_http_endpoint_answers_generated_input_without_a_server_error(string? role)
    {
        var endpoints = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("/hubs", StringComparison.Ordinal))
            .Select(e => (Pattern: e.RoutePattern, Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .ToList();
        using var http = _host.Http(role is null ? null : await _host.TokenAsync("fuzz", role == "agent" ? "shop1" : null, role + "1", role));
        var strings = HostileInputs.Sample(HostileInputs.JsonString(), PerMethod, seed: 7);
        var bodies = HostileInputs.Sample(HostileInputs.Body(), PerMethod, seed: 11);
        var calls = 0;

        foreach (var (pattern, methods) in endpoints)
        {
            foreach (var method in methods.Where(m => m is "GET" or "POST" or "PUT" or "DELETE"))
            {
                for (var i = 0; i < PerMethod; i++)
                {
                    var path = pattern.RawText!;
                    foreach (var parameter in pattern.Parameters)
                        path = path.Replace($"{{{parameter.Name}}}", Uri.EscapeDataString(JsonDecodeLoosely(strings[i])))
                                   .Replace($"{{{parameter.Name}:long}}", Uri.EscapeDataString(JsonDecodeLoosely(strings[i])));
                    var query = $"?status={Uri.EscapeDataString(Cut(strings[(i + 1) % PerMethod], 200))}&limit={Uri.EscapeDataString(Cut(strings[(i + 2) % PerMethod], 200))}&after=-{i}";
                    using var request = new HttpRequestMessage(new HttpMethod(method), path + (i % 2 == 0 ? query : ""));
                    if (method != "GET")
                        request.Content = new ByteArrayContent(bodies[i]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
                    HttpResponseMessage response;
                    try
                    {
                        response = await http.SendAsync(request);
                    }
                    catch (HttpRequestException e)
                    {
                        throw new Xunit.Sdk.XunitException($"{method} {path} ({bodies[i].Length} bytes): {e.Message} {e.InnerException?.Message}");
                    }
                    Assert.True((int)response.StatusCode < 500,
                        $"{method} {path} with body {Convert.ToBase64String(bodies[i])[..Math.Min(60, bodies[i].Length)]} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    calls++;
                }
            }
        }
        output.WriteLine($"{endpoints.Count} endpoints as {role ?? "anonymous"}: {calls} generated requests");
        Assert.True(calls > 0);
    }

    /// <summary>
    /// A generated string as a path segment, cut short: Kestrel answers a request line over its 8 KB limit
    /// with 414 and closes the connection before reading the body, which the client sees as a broken pipe.
    /// </summary>
    private static string Cut(string s, int max) => s.Length > max ? s[..max] : s;

    private static string JsonDecodeLoosely(string literal)
    {
        string value;
        try
        {
            value = JsonSerializer.Deserialize<string>(literal) ?? "";
        }
        catch (JsonException)
        {
            value = literal;
        }
        return Cut(value, 300);
    }
}
