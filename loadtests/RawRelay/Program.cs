using System.Text;
using System.Text.Json;
using ChatGuard.LoadTests.RawRelay;

// A bare SignalR relay: the gateway's wire contract (dev tokens, /hubs/chat, StartConversation, SendMessage,
// the `message` event to the same recipients) without auth checks, scanning, storage or observers, so the
// load driver runs the same script against it and the difference is what the gateway adds.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSignalR();
builder.Services.AddSingleton<Conversations>();
var app = builder.Build();
app.UseWebSockets();
app.MapGet("/healthz", () => Results.Text("ok"));
// The token is the identity itself, base64url JSON: nothing is verified, which is the point of a floor.
app.MapPost("/dev/token", (RelayIdentity identity) =>
    Results.Ok(new { token = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(identity))).TrimEnd('=').Replace('+', '-').Replace('/', '_') }));
app.MapHub<RelayHub>("/hubs/chat");
app.Run();
