using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Tests.ScaleOut;

/// <summary>
/// Records the server-side connection id of each user's latest connection: the test client skips negotiation,
/// so only the server knows the id another node must address.
/// </summary>
public sealed class ConnectionIdRecorder : IHubFilter
{
    private readonly ConcurrentDictionary<string, string> _byUser = new();

    public string Of(string userKey) => _byUser.TryGetValue(userKey, out var id) ? id : throw new InvalidOperationException($"{userKey} never connected here");

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.UserIdentifier is { } user) _byUser[user] = context.Context.ConnectionId;
        return next(context);
    }
}
