using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Api;

/// <summary><c>POST /api/v1/moderate</c> with the real pipeline: the sender's role is an input (issue 16).</summary>
public class ModerateApiTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    private async Task<(HttpStatusCode Status, JsonElement Body)> ModerateAsync(object body)
    {
        using var http = Host.Http(await Host.TokenAsync(ScriptedGatewayFixture.Unique("t"), "shop1", "agent1", "agent"));
        var response = await http.PostAsJsonAsync("/api/v1/moderate", body);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static IEnumerable<string?> Labels(JsonElement body) => body.GetProperty("labels").EnumerateArray().Select(l => l.GetString());

    [Fact]
    public async Task A_shop_offering_fakes_is_counterfeit_and_a_buyer_asking_whether_goods_are_fake_is_not()
    {
        var (shopStatus, shop) = await ModerateAsync(new { text = "亲，我们家是高仿的，做工跟专柜一模一样，放心拍", role = "agent" });
        var (buyerStatus, buyer) = await ModerateAsync(new { text = "这个包是正品吗？不会是高仿吧", role = "buyer" });

        Assert.Equal(HttpStatusCode.OK, shopStatus);
        Assert.Equal(HttpStatusCode.OK, buyerStatus);
        Assert.Contains("counterfeit", Labels(shop));
        Assert.DoesNotContain("counterfeit", Labels(buyer));
    }

    [Fact]
    public async Task An_unknown_role_is_refused_with_a_clear_error()
    {
        var (status, body) = await ModerateAsync(new { text = "在吗", role = "seller" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("role must be buyer, agent or bot", body.GetProperty("detail").GetString());
    }
}
