using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Messaging;

/// <summary>
/// Turns a refused call into a <see cref="HubException"/> whose message says why; the connection stays up.
/// Unexpected failures keep SignalR's generic message so no internals leak to clients.
/// </summary>
public sealed class RejectionHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (MessageRejectedException e)
        {
            throw new HubException(e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new HubException(e.Message);
        }
    }
}
