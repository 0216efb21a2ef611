using System.Net;
using System.Security.Cryptography;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Telemetry;

/// <summary>Outside Development <c>/metrics</c> answers only the allowed networks (loopback by default).</summary>
public sealed class MetricsExposureTests
{
    private static Dictionary<string, string> Production(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["ChatGuard:DataDirectory"] = TestDirectories.Create("chatguard-metrics-"),
            ["ChatGuard:Auth:SigningKey"] = "base64:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    [Fact]
    public async Task Production_serves_metrics_to_loopback_by_default_and_refuses_a_scraper_outside_the_allowed_networks()
    {
        await using (var open = await GatewayProcess.StartAsync(Production(), environment: "Production"))
        {
            using var http = new HttpClient { BaseAddress = open.BaseAddress };
            var response = await http.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("http_server_request_duration_seconds", await response.Content.ReadAsStringAsync());
        }

        await using var closed = await GatewayProcess.StartAsync(Production(("ChatGuard:Telemetry:MetricsAllowedNetworks:0", "10.0.0.0/8")),
            environment: "Production");
        using var client = new HttpClient { BaseAddress = closed.BaseAddress };
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
