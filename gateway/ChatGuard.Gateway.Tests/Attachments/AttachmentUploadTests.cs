using System.Net.Http.Json;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatGuard.Gateway.Tests.Attachments;

public class AttachmentUploadTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    private async Task<(string Tenant, ChatClient Buyer, string ConversationId, HttpClient Http)> ConversationAsync()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        return (tenant, buyer, conversationId, Host.Http(await Host.TokenAsync(tenant, null, "buyer1", "buyer")));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(HttpClient http, string conversationId, HttpContent content)
    {
        var response = await http.PostAsync($"/api/v1/conversations/{conversationId}/attachments", content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static ByteArrayContent Raw(byte[] bytes, string contentType = "application/octet-stream")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private static Task<JsonElement> SendWithAsync(ChatClient client, string conversationId, string text, params string[] attachmentIds) =>
        client.Connection.InvokeAsync<JsonElement>("SendMessage",
            new { conversationId, clientMessageId = Guid.NewGuid().ToString("N"), text, attachmentIds });

    [Fact]
    public async Task A_qr_code_with_a_contact_is_blocked_with_its_decoded_text_and_cannot_be_sent()
    {
        var (_, buyer, conversationId, http) = await ConversationAsync();
        await using var _ = buyer;

        var (status, body) = await UploadAsync(http, conversationId, Raw(TestPngs.Qr("加微信 kefu_2046"), "image/jpeg"));

        Assert.Equal(HttpStatusCode.OK, status);
        var id = body.GetProperty("attachmentId").GetString()!;
        Assert.Equal(["qr_code", "contact_diversion"], body.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("加微信 kefu_2046", body.GetProperty("codes")[0].GetProperty("text").GetString());
        Assert.True(body.GetProperty("codes")[0].GetProperty("contact_diversion").GetBoolean());
        Assert.Equal("block", body.GetProperty("action").GetString());
        var refused = await Assert.ThrowsAsync<HubException>(() => SendWithAsync(buyer, conversationId, "看图", id));
        Assert.Contains("blocked", refused.Message);
    }

    [Fact]
    public async Task A_clean_image_from_a_multipart_form_is_allowed_sent_and_readable_by_the_shop()
    {
        var (tenant, buyer, conversationId, http) = await ConversationAsync();
        await using var _ = buyer;
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agentA", "agent");
        using var form = new MultipartFormDataContent { { Raw(TestPngs.Blank(), "image/gif"), "file", "photo.gif" } };

        var (status, body) = await UploadAsync(http, conversationId, form);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("allow", body.GetProperty("action").GetString());
        Assert.Equal(0, body.GetProperty("labels").GetArrayLength());
        Assert.Equal("image/png", body.GetProperty("contentType").GetString());
        var id = body.GetProperty("attachmentId").GetString()!;
        var ack = await SendWithAsync(buyer, conversationId, "", id);
        Assert.Equal("allow", ack.GetProperty("action").GetString());
        var delivered = await agent.NextAsync("message");
        Assert.Equal(ack.GetProperty("messageId").GetString(), delivered.GetProperty("messageId").GetString());
        Assert.Equal([id], delivered.GetProperty("attachmentIds").EnumerateArray().Select(a => a.GetString()));
        using var agentHttp = Host.Http(await Host.TokenAsync(tenant, "shop1", "agentA", "agent"));
        var history = await agentHttp.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{conversationId}/messages");
        Assert.Equal([id], history.EnumerateArray().Single().GetProperty("attachmentIds").EnumerateArray().Select(a => a.GetString()));
        var image = await agentHttp.GetAsync($"/api/v1/conversations/{conversationId}/attachments/{id}");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestPngs.Blank(), await image.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Unknown_and_other_peoples_attachments_are_refused_on_send()
    {
        var (tenant, buyer, conversationId, http) = await ConversationAsync();
        await using var _ = buyer;
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agentA", "agent");
        var (_, body) = await UploadAsync(http, conversationId, Raw(TestPngs.Blank()));
        var buyersImage = body.GetProperty("attachmentId").GetString()!;

        await Assert.ThrowsAsync<HubException>(() => SendWithAsync(buyer, conversationId, "hi", "a_doesnotexist"));
        var e = await Assert.ThrowsAsync<HubException>(() => SendWithAsync(agent, conversationId, "hi", buyersImage));
        Assert.Contains("unknown attachment", e.Message);
    }

    [Fact]
    public async Task Uploads_are_for_participants_only_and_only_images_by_content()
    {
        var (tenant, buyer, conversationId, http) = await ConversationAsync();
        await using var _ = buyer;
        using var stranger = Host.Http(await Host.TokenAsync(tenant, null, "buyer2", "buyer"));
        using var moderator = Host.Http(await Host.TokenAsync(tenant, null, "mod1", "moderator"));
        using var anonymous = Host.Http();

        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(stranger, conversationId, Raw(TestPngs.Blank()))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(moderator, conversationId, Raw(TestPngs.Blank()))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await UploadAsync(anonymous, conversationId, Raw(TestPngs.Blank()))).Status);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(http, conversationId, Raw("<svg/>"u8.ToArray(), "image/png"))).Status);
        var png = TestPngs.Blank();
        Assert.Equal((HttpStatusCode)422, (await UploadAsync(http, conversationId, Raw(png[..(png.Length / 2)]))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(http, conversationId, Raw([]))).Status);
    }

    [Fact]
    public async Task Size_and_dimension_limits_come_from_configuration()
    {
        await using var host = new GatewayBuilder()
            .WithSetting("ChatGuard:Attachments:MaxBytes", "2048")
            .WithSetting("ChatGuard:Attachments:MaxSide", "64")
            .Build();
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await host.ConnectAsync(tenant, null, "buyer1", "buyer");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        using var http = host.Http(await host.TokenAsync(tenant, null, "buyer1", "buyer"));

        var tooBig = await UploadAsync(http, conversationId, Raw(new byte[4096]));
        var tooWide = await UploadAsync(http, conversationId, Raw(TestPngs.Blank())); // 116 px wide, a few hundred bytes

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.Status);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooWide.Status);
        Assert.Contains("exceeds", tooWide.Body.GetProperty("detail").GetString());
    }
}
