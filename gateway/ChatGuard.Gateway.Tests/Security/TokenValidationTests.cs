using System.Net;
using System.Security.Cryptography;
using System.Text;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace ChatGuard.Gateway.Tests.Security;

/// <summary>S7: only tokens this gateway signed, unexpired, for its issuer and audience, open the hubs and the API.</summary>
public class TokenValidationTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    private SymmetricSecurityKey GatewayKey =>
        new(Convert.FromBase64String(File.ReadAllText(Path.Combine(Host.DataDirectory, "dev-signing-key")).Trim()));

    private static string Issue(SymmetricSecurityKey key, TimeProvider clock, TimeSpan lifetime, string issuer = "chatguard", string audience = "chatguard") =>
        new TokenIssuer(key, Options.Create(new AuthOptions { Issuer = issuer, Audience = audience }), clock)
            .Issue(new ChatIdentity("t1", null, "buyer1", Roles.Buyer), lifetime);

    public static TheoryData<string> BadTokens() => ["expired", "wrong-key", "tampered", "wrong-issuer", "wrong-audience", "alg-none", "garbage", "empty-claims",
        "role-array", "tenant-array", "numeric-tenant", "long-user", "user-with-slash", "user-with-markup"];

    private string Make(string kind)
    {
        var key = GatewayKey;
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        return kind switch
        {
            "expired" => Issue(key, past, TimeSpan.FromHours(1)),
            "wrong-key" => Issue(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), TimeProvider.System, TimeSpan.FromHours(1)),
            "tampered" => Tamper(Issue(key, TimeProvider.System, TimeSpan.FromHours(1))),
            "wrong-issuer" => Issue(key, TimeProvider.System, TimeSpan.FromHours(1), issuer: "someone-else"),
            "wrong-audience" => Issue(key, TimeProvider.System, TimeSpan.FromHours(1), audience: "someone-else"),
            "alg-none" => Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." +
                Base64Url("{\"tenant\":\"t1\",\"sub\":\"buyer1\",\"role\":\"buyer\",\"iss\":\"chatguard\",\"aud\":\"chatguard\",\"exp\":4102444800}") + ".",
            "empty-claims" => new TokenIssuer(key, Options.Create(new AuthOptions()), TimeProvider.System).Issue(new ChatIdentity("t1", null, "u", "nobody")),
            // Issue 18 item 11: correctly signed, but a claim that is not one string of the documented shape.
            "role-array" => Signed(key, "\"tenant\":\"t1\",\"sub\":\"buyer1\",\"role\":[\"buyer\",\"moderator\"]"),
            "tenant-array" => Signed(key, "\"tenant\":[\"t1\",\"t2\"],\"sub\":\"buyer1\",\"role\":\"buyer\""),
            "numeric-tenant" => Signed(key, "\"tenant\":7,\"sub\":\"buyer1\",\"role\":\"buyer\""),
            "long-user" => Signed(key, $"\"tenant\":\"t1\",\"sub\":\"{new string('u', 5000)}\",\"role\":\"buyer\""),
            "user-with-slash" => Signed(key, "\"tenant\":\"t1\",\"sub\":\"buyer/1\",\"role\":\"buyer\""),
            "user-with-markup" => Signed(key, "\"tenant\":\"t1\",\"sub\":\"<img src=x onerror=alert(1)>\",\"role\":\"buyer\""),
            _ => "garbage.garbage.garbage",
        };
    }

    /// <summary>A token this gateway's key signed, with <paramref name="claims"/> (JSON members) as its identity.</summary>
    private static string Signed(SymmetricSecurityKey key, string claims)
    {
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(
            $"{{{claims},\"iss\":\"chatguard\",\"aud\":\"chatguard\",\"exp\":{exp}}}", new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
    }

    /// <summary>Changes the role in the payload from buyer to moderator, keeping the original signature.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"buyer\"", "\"moderator\"");
        return $"{parts[0]}.{Base64Url(payload)}.{parts[2]}";
    }

    private static string Base64Url(string s) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(s));

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Bad_tokens_open_neither_the_hubs_nor_the_api(string kind)
    {
        var token = Make(kind);
        using var http = Host.Http(token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/conversations/c_x/messages")).StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(() => ChatClient.ConnectAsync(new Uri(Host.BaseAddress, "/hubs/chat"), token));
        await Assert.ThrowsAnyAsync<Exception>(() => ChatClient.ConnectAsync(new Uri(Host.BaseAddress, "/hubs/moderation"), token));
    }

    [Fact]
    public async Task A_token_this_gateway_signed_works()
    {
        var token = Issue(GatewayKey, TimeProvider.System, TimeSpan.FromMinutes(5));
        await using var client = await ChatClient.ConnectAsync(new Uri(Host.BaseAddress, "/hubs/chat"), token);
        Assert.Equal("buyer1", (await client.Connection.InvokeAsync<System.Text.Json.JsonElement>("WhoAmI")).GetProperty("userId").GetString());
    }

    [Theory]
    [InlineData("{\"tenant\":\"t1\",\"userId\":\"u1\",\"role\":\"agent\"}")]
    [InlineData("{\"tenant\":\"t1\",\"userId\":\"u1\",\"role\":\"admin\"}")]
    [InlineData("{\"tenant\":\"t 1\",\"userId\":\"u1\",\"role\":\"buyer\"}")]
    [InlineData("{\"tenant\":\"t1\",\"userId\":\"\",\"role\":\"buyer\"}")]
    [InlineData("{\"tenant\":1,\"userId\":\"u1\",\"role\":\"buyer\"}")]
    [InlineData("[]")]
    [InlineData("{")]
    public async Task Dev_token_refuses_bad_requests_with_400(string body)
    {
        using var http = Host.Http();
        var response = await http.PostAsync("/dev/token", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
