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

    /// <summary>Asserts nothing of that name arrives within <paramref name="wait"/>.</summary>
    public async Task AssertNoneAsync(string eventName, TimeSpan? wait = null)
    {
        await Task.Delay(wait ?? TimeSpan.FromMilliseconds(500));
        Assert.False(_events[eventName].Reader.TryRead(out var unexpected), $"unexpected '{eventName}': {unexpected}");
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
