using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatGuard.Gateway.Tests.Messaging;

public class BadInputTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    private async Task<(ChatClient Buyer, string ConversationId)> OpenAsync()
    {
        var buyer = await Host.ConnectAsync(ScriptedGatewayFixture.Unique("t"), null, "buyer1", "buyer");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        return (buyer, conversationId);
    }

    public static TheoryData<string, object?> BadSends() => new()
    {
        { "a message object", null },
        { "text is empty", new { conversationId = "{c}", clientMessageId = "x1", text = "" } },
        { "text is empty", new { conversationId = "{c}", clientMessageId = "x2", text = "   " } },
        { "clientMessageId is required", new { conversationId = "{c}", text = "hi" } },
        { "conversationId is missing", new { clientMessageId = "x3", text = "hi" } },
        { "does not exist", new { conversationId = "c_doesnotexist", clientMessageId = "x4", text = "hi" } },
        { "conversationId is missing or malformed", new { conversationId = "../../etc", clientMessageId = "x5", text = "hi" } },
        { "clientMessageId must be", new { conversationId = "{c}", clientMessageId = new string('x', 500), text = "hi" } },
    };

    [Theory]
    [MemberData(nameof(BadSends))]
    public async Task Bad_sends_are_refused_with_a_reason_and_the_connection_survives(string reason, object? request)
    {
        var (buyer, conversationId) = await OpenAsync();
        await using var _ = buyer;
        JsonElement? argument = request is null ? null : JsonSerializer.Deserialize<JsonElement>(JsonSerializer.Serialize(request).Replace("{c}", conversationId));

        var e = await Assert.ThrowsAsync<HubException>(() => buyer.Connection.InvokeAsync<JsonElement>("SendMessage", argument));

        Assert.Contains(reason, e.Message);
        Assert.Equal("allow", (await buyer.SendAsync(conversationId, "still here")).GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_20000_character_message_is_refused_and_the_connection_stays_up()
    {
        var (buyer, conversationId) = await OpenAsync();
        await using var _ = buyer;

        var e = await Assert.ThrowsAsync<HubException>(() => buyer.SendAsync(conversationId, new string('长', 20_000)));

        Assert.Contains("too long", e.Message);
        Assert.Equal(HubConnectionState.Connected, buyer.Connection.State);
        Assert.Equal("allow", (await buyer.SendAsync(conversationId, "短消息")).GetProperty("action").GetString());
    }

    [Fact]
    public async Task Arguments_of_the_wrong_type_are_refused_and_the_connection_stays_up()
    {
        var (buyer, conversationId) = await OpenAsync();
        await using var _ = buyer;

        await Assert.ThrowsAsync<HubException>(() => buyer.Connection.InvokeAsync<JsonElement>("SendMessage", 42));
        await Assert.ThrowsAsync<HubException>(() => buyer.Connection.InvokeAsync<JsonElement>("SendMessage", new[] { 1, 2 }));
        await Assert.ThrowsAsync<HubException>(() => buyer.Connection.InvokeAsync<JsonElement>("SendMessage", new { conversationId = 5, text = true }));
        await Assert.ThrowsAsync<HubException>(() => buyer.Connection.InvokeAsync<JsonElement>("StartConversation", new { nested = new { deeper = 1 } }));

        Assert.Equal(HubConnectionState.Connected, buyer.Connection.State);
        Assert.Equal("allow", (await buyer.SendAsync(conversationId, "ok")).GetProperty("action").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("shop/../other")]
    public async Task Start_conversation_refuses_malformed_shop_ids(string? shopId)
    {
        await using var buyer = await Host.ConnectAsync(ScriptedGatewayFixture.Unique("t"), null, "buyer1", "buyer");

        var e = await Assert.ThrowsAsync<HubException>(() => buyer.Connection.InvokeAsync<JsonElement>("StartConversation", shopId));

        Assert.Contains("shopId", e.Message);
    }

    [Theory]
    [InlineData("lone high surrogate", "[{\"conversationId\":\"{c}\",\"clientMessageId\":\"x\",\"text\":\"a\\ud800b\"}]")]
    [InlineData("lone low surrogate", "[{\"conversationId\":\"{c}\",\"clientMessageId\":\"y\",\"text\":\"\\udfff\"}]")]
    [InlineData("deeply nested text", "[{\"conversationId\":\"{c}\",\"clientMessageId\":\"z\",\"text\":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]}]")]
    [InlineData("huge number", "[{\"conversationId\":\"{c}\",\"clientMessageId\":\"w\",\"text\":1e999999}]")]
    [InlineData("string argument", "[\"only a string\"]")]
    [InlineData("two arguments", "[{}, {}]")]
    public async Task Frames_no_real_client_sends_get_an_error_completion_and_the_connection_survives(string name, string rawArguments)
    {
        Assert.NotEmpty(name);
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        await using var raw = await RawHubSocket.ConnectAsync(new Uri(Host.BaseAddress, "/hubs/chat"), await Host.TokenAsync(tenant, null, "buyer1", "buyer"));

        var completion = await raw.InvokeAsync("SendMessage", rawArguments.Replace("{c}", conversationId));

        Assert.True(completion.TryGetProperty("error", out var error), completion.ToString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetString()));
        var ok = await raw.InvokeAsync("SendMessage", $"[{{\"conversationId\":\"{conversationId}\",\"clientMessageId\":\"fine\",\"text\":\"ok\"}}]");
        Assert.Equal("allow", ok.GetProperty("result").GetProperty("action").GetString());
    }
}
