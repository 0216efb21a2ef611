using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Telemetry;

/// <summary>Counts open connections per hub (a hub filter, so no hub needs to know about metrics).</summary>
public sealed class ConnectionMetricsFilter(GatewayMetrics metrics) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        // Counted only once OnConnected succeeded: a refused connection is never open.
        metrics.ConnectionOpened(context.Hub.GetType().Name);
        context.Context.Items[typeof(ConnectionMetricsFilter)] = true;
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.Remove(typeof(ConnectionMetricsFilter))) metrics.ConnectionClosed(context.Hub.GetType().Name);
        await next(context, exception);
    }
}
