using System.Net;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Security;

public class ProductionStartTests
{
    private static Dictionary<string, string> Settings() =>
        new() { ["ChatGuard:DataDirectory"] = TestDirectories.Create("chatguard-prod-") };

    [Fact]
    public async Task Outside_development_the_gateway_refuses_to_start_without_a_signing_key()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => GatewayProcess.StartAsync(Settings(), environment: "Production"));

        Assert.Contains("ChatGuard:Auth:SigningKey is required", e.Message);
    }

    [Fact]
    public async Task Outside_development_dev_token_does_not_exist()
    {
        var settings = Settings();
        settings["ChatGuard:Auth:SigningKey"] = "a-production-signing-key-of-at-least-32-bytes";
        await using var gateway = await GatewayProcess.StartAsync(settings, environment: "Production");
        using var http = new HttpClient { BaseAddress = gateway.BaseAddress };

        var response = await http.PostAsync("/dev/token", new StringContent("{\"tenant\":\"t1\",\"userId\":\"u\",\"role\":\"moderator\"}",
            System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_short_signing_key_is_refused()
    {
        var settings = Settings();
        settings["ChatGuard:Auth:SigningKey"] = "too-short";
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => GatewayProcess.StartAsync(settings, environment: "Production"));
        Assert.Contains("at least 32 bytes", e.Message);
    }

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("abababababababababababababababababababab")]
    public async Task A_signing_key_without_real_entropy_is_refused(string key)
    {
        var settings = Settings();
        settings["ChatGuard:Auth:SigningKey"] = key;
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => GatewayProcess.StartAsync(settings, environment: "Production"));
        Assert.Contains("looks guessable", e.Message);
    }
}
