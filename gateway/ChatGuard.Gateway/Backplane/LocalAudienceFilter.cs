using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Backplane;

/// <summary>Keeps <see cref="LocalAudience"/> in step with this node's connections (their user; groups are recorded where they are joined).</summary>
public sealed class LocalAudienceFilter(LocalAudience audience) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        audience.Connected(context.Context.ConnectionId, context.Context.UserIdentifier);
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        audience.Disconnected(context.Context.ConnectionId);
        await next(context, exception);
    }
}
