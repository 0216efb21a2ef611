using ChatGuard.Gateway.Tests.Attachments;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Browser;

/// <summary>Images from the widget and the desk through the attachment upload, in real headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class ImageBrowserTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    [Fact]
    public async Task Buyer_and_agent_send_images_by_picking_dropping_and_pasting_and_a_qr_code_is_refused_in_plain_words()
    {
        var folder = TestDirectories.Create("chatguard-images-");
        var photo = Path.Combine(folder, "photo.png");
        var qr = Path.Combine(folder, "qr.png");
        await File.WriteAllBytesAsync(photo, TestPngs.Blank());
        await File.WriteAllBytesAsync(qr, TestPngs.Qr("加微信 kefu_2046")); // C1: a QR code

        var result = await BrowserScenario.RunAsync("images.cjs", fixture.Host.BaseAddress, new Dictionary<string, string>
        {
            ["TENANT"] = ScriptedGatewayFixture.Unique("t"),
            ["PHOTO"] = photo,
            ["QR"] = qr,
        }, TimeSpan.FromMinutes(2));

        var refusal = result.GetProperty("refusal");
        Assert.Equal("图片未发送：平台不允许在图片中发送二维码或联系方式。", refusal.GetProperty("note").GetString());
        Assert.True(refusal.GetProperty("stopped").GetBoolean());
        // The desk shows the buyer's image (the refused one never reached it) and the list says an image came.
        Assert.Equal(["shown"], result.GetProperty("deskThumbs").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("[图片]", result.GetProperty("preview").GetString());
        Assert.Equal(1, result.GetProperty("buyerSees").GetInt32());
        var bubbles = result.GetProperty("afterReload").EnumerateArray().ToArray();
        Assert.Equal(3, bubbles.Length); // the question, the buyer's image, the agent's image
        Assert.All(bubbles, b => Assert.True(b.GetProperty("text").GetString()!.Length > 0 || b.GetProperty("thumbs").GetInt32() > 0));
        Assert.Empty(result.GetProperty("problems").EnumerateArray());
    }
}
