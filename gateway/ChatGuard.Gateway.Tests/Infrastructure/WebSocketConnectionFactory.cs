using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;

namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>
/// The registry here has Microsoft.AspNetCore.SignalR.Client.Core but not its HTTP transport
/// (Microsoft.AspNetCore.Http.Connections.Client, DESIGN.md), so the .NET test client connects with this small
/// WebSocket transport: straight to the hub URL, skipping negotiation, with the token in the query string
/// exactly as the JavaScript client sends it over WebSockets.
/// </summary>
public sealed class WebSocketConnectionFactory(Uri hubUrl, Func<string?> token) : IConnectionFactory
{
    public async ValueTask<ConnectionContext> ConnectAsync(EndPoint endpoint, CancellationToken ct = default)
    {
        var builder = new UriBuilder(hubUrl) { Scheme = hubUrl.Scheme == "https" ? "wss" : "ws" };
        var t = token();
        if (t is not null) builder.Query = "access_token=" + Uri.EscapeDataString(t);
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(builder.Uri, ct);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return new WebSocketConnection(socket);
    }

    private sealed class WebSocketConnection : ConnectionContext
    {
        private readonly ClientWebSocket _socket;
        private readonly Pipe _incoming = new();
        private readonly Pipe _outgoing = new();
        private readonly CancellationTokenSource _closed = new();
        private readonly Task _receive;
        private readonly Task _send;

        public WebSocketConnection(ClientWebSocket socket)
        {
            _socket = socket;
            Transport = new Duplex(_incoming.Reader, _outgoing.Writer);
            _receive = ReceiveAsync();
            _send = SendAsync();
        }

        public override string ConnectionId { get; set; } = Guid.NewGuid().ToString("N");
        public override IFeatureCollection Features { get; } = new FeatureCollection();
        public override IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();
        public override IDuplexPipe Transport { get; set; }

        private async Task ReceiveAsync()
        {
            Exception? error = null;
            try
            {
                while (!_closed.IsCancellationRequested)
                {
                    var memory = _incoming.Writer.GetMemory(4096);
                    var result = await _socket.ReceiveAsync(memory, _closed.Token);
                    if (result.MessageType == WebSocketMessageType.Close) break;
                    _incoming.Writer.Advance(result.Count);
                    if (result.EndOfMessage && (await _incoming.Writer.FlushAsync()).IsCompleted) break;
                }
            }
            catch (OperationCanceledException) { }
            catch (Exception e) { error = e; }
            await _incoming.Writer.CompleteAsync(error);
        }

        private async Task SendAsync()
        {
            try
            {
                while (true)
                {
                    var result = await _outgoing.Reader.ReadAsync();
                    foreach (var segment in result.Buffer)
                        await _socket.SendAsync(segment, WebSocketMessageType.Text, endOfMessage: true, _closed.Token);
                    _outgoing.Reader.AdvanceTo(result.Buffer.End);
                    if (result.IsCompleted) break;
                }
            }
            catch (OperationCanceledException) { }
            catch (WebSocketException) { }
            await _outgoing.Reader.CompleteAsync();
            if (_socket.State == WebSocketState.Open)
            {
                try { await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None); }
                catch (WebSocketException) { }
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await _outgoing.Writer.CompleteAsync();
            await Task.WhenAny(_send, Task.Delay(1000));
            _closed.Cancel();
            await Task.WhenAny(_receive, Task.Delay(1000));
            _socket.Abort();
            _socket.Dispose();
            _closed.Dispose();
        }

        private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
        {
            public PipeReader Input { get; } = input;
            public PipeWriter Output { get; } = output;
        }
    }
}
