using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>A real SignalR client connection that records every server event it receives, for assertions.</summary>
public sealed class ChatClient : IAsyncDisposable
{
    private static readonly string[] EventNames = ["message", "botHandoff", "flag", "sanction", "conversationAssigned"];
    private readonly Dictionary<string, Channel<JsonElement>> _events = EventNames.ToDictionary(n => n, _ => Channel.CreateUnbounded<JsonElement>());

    private ChatClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var name in EventNames) connection.On<JsonElement>(name, e => _events[name].Writer.TryWrite(e));
    }

    public HubConnection Connection { get; }

    public static async Task<ChatClient> ConnectAsync(Uri hubUrl, string? token)
    {
        // WebSockets as the widget uses them; the token travels as the JavaScript client sends it.
        var connection = new HubConnectionBuilder()
            .WithUrl(hubUrl, HttpTransportType.WebSockets, o => o.AccessTokenProvider = () => Task.FromResult(token))
            .Build();
        var client = new ChatClient(connection);
        await client.Connection.StartAsync();
        // The handshake completes before the server's OnConnectedAsync has joined the groups; a first call is ordered after it.
        await client.Connection.InvokeAsync<JsonElement>("WhoAmI");
        return client;
    }

    public Task<JsonElement> StartConversationAsync(string shopId) =>
        Connection.InvokeAsync<JsonElement>("StartConversation", shopId);

    public Task<JsonElement> SendAsync(string conversationId, string text, string? clientMessageId = null) =>
        Connection.InvokeAsync<JsonElement>("SendMessage", new { conversationId, clientMessageId = clientMessageId ?? Guid.NewGuid().ToString("N"), text });

    /// <summary>The next event of that name, or a failure after <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> NextAsync(string eventName, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            return await _events[eventName].Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no '{eventName}' event arrived");
        }
    }

    /// <summary>
    /// Asserts no event of that name has reached this connection, by an ordering proof: the gateway answers this
    /// connection's calls on the same ordered socket that carries its events, so a round trip made now returns after
    /// everything it pushed to this connection before. Valid for events a gateway without Redis pushes before the call
    /// that causes them returns; not for events through a Redis backplane (which delivers even this node's
    /// asynchronously) or from a background service.
    /// </summary>
    public async Task AssertNoneAsync(string eventName)
    {
        await Connection.InvokeAsync<JsonElement>("WhoAmI");
        AssertNoneReceived(eventName);
    }

    /// <summary>
    /// Asserts nothing of that name arrives within <paramref name="wait"/> (at once for <see cref="TimeSpan.Zero"/>):
    /// for events that would come another way than this connection's ordered socket — from another node through Redis,
    /// or from a background service after the call returned — where no later marker proves their absence. The caller
    /// says why at the call.
    /// </summary>
    public async Task AssertNoneAsync(string eventName, TimeSpan wait)
    {
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
        AssertNoneReceived(eventName);
    }

    private void AssertNoneReceived(string eventName) =>
        Assert.False(_events[eventName].Reader.TryRead(out var unexpected), $"unexpected '{eventName}': {unexpected}");

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
