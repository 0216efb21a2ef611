using ChatGuard.Gateway.Backplane;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Messaging;

/// <summary><see cref="IChatClients"/> on <see cref="ChatHub"/>.</summary>
public sealed class ChatHubClients(IHubContext<ChatHub> hub, LiveEvents events) : IChatClients
{
    public Task ToGroupAsync(string group, string method, object payload, CancellationToken ct) => events.ToGroupAsync(hub, group, method, payload, ct);

    public Task ToUserAsync(string user, string method, object payload, CancellationToken ct) => events.ToUserAsync(hub, user, method, payload, ct);
}
