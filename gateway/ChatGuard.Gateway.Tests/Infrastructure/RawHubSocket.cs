using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>
/// Speaks SignalR's JSON protocol by hand, so tests can send frames no well-behaved client would produce
/// (escaped lone surrogates, malformed arguments) and read the server's completion as it is.
/// </summary>
public sealed class RawHubSocket : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket = new();
    private readonly StringBuilder _pending = new();
    private int _invocationId;

    /// <param name="host">A Host header other than the URL's, as a DNS-rebound name would send.</param>
    public static async Task<RawHubSocket> ConnectAsync(Uri hubUrl, string token, string? origin = null, string? host = null)
    {
        var raw = new RawHubSocket();
        if (origin is not null) raw._socket.Options.SetRequestHeader("Origin", origin);
        if (host is not null) raw._socket.Options.SetRequestHeader("Host", host);
        var uri = new UriBuilder(hubUrl) { Scheme = "ws", Query = "access_token=" + Uri.EscapeDataString(token) }.Uri;
        await raw._socket.ConnectAsync(uri, CancellationToken.None);
        await raw.SendFrameAsync("{\"protocol\":\"json\",\"version\":1}");
        var handshake = await raw.ReadFrameAsync();
        if (handshake != "{}") throw new InvalidOperationException($"handshake failed: {handshake}");
        return raw;
    }

    /// <summary>Invokes <paramref name="target"/> with <paramref name="rawArguments"/> (a JSON array, verbatim) and returns the completion.</summary>
    public async Task<JsonElement> InvokeAsync(string target, string rawArguments)
    {
        var id = (++_invocationId).ToString();
        await SendFrameAsync($"{{\"type\":1,\"invocationId\":\"{id}\",\"target\":\"{target}\",\"arguments\":{rawArguments}}}");
        while (true)
        {
            var frame = JsonDocument.Parse(await ReadFrameAsync()).RootElement;
            if (frame.GetProperty("type").GetInt32() == 3 && frame.GetProperty("invocationId").GetString() == id) return frame;
        }
    }

    public WebSocketState State => _socket.State;

    private Task SendFrameAsync(string json) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<string> ReadFrameAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var text = _pending.ToString();
            var end = text.IndexOf(RecordSeparator);
            if (end >= 0)
            {
                _pending.Remove(0, end + 1);
                var frame = text[..end];
                if (frame.Contains("\"type\":6")) continue; // ping
                return frame;
            }
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close) throw new WebSocketException("server closed the connection");
            _pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        _socket.Dispose();
    }
}
