using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>
/// The real gateway on Kestrel at a free loopback port, in the Development environment, with its own data folder.
/// Settings and service overrides are per host, so a test can restart a gateway on the same data.
/// </summary>
public sealed class GatewayHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public GatewayHost(string? dataDirectory = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        DataDirectory = dataDirectory ?? TestDirectories.Create("chatguard-test-");
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ChatGuard:DataDirectory"] = DataDirectory,
        };
        _services = services;
        UseKestrel(0);
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()
            .Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
    }

    public string DataDirectory { get; }

    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureServices(_services);
    }

    public HttpClient Http(string? token = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> TokenAsync(string tenant, string? shopId, string userId, string role)
    {
        using var http = Http();
        var response = await http.PostAsJsonAsync("/dev/token", new { tenant, shopId, userId, role });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("token").GetString()!;
    }

    public async Task<ChatClient> ConnectAsync(string tenant, string? shopId, string userId, string role, string hub = "/hubs/chat")
    {
        var token = await TokenAsync(tenant, shopId, userId, role);
        return await ChatClient.ConnectAsync(new Uri(BaseAddress, hub), token);
    }
}
