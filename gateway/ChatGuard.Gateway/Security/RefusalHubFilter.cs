using System.Text.RegularExpressions;
using ChatGuard.Gateway.Accounts;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Security;

/// <summary>
/// The outermost hub filter. A refused call (not a participant, malformed, over a limit) becomes a
/// <see cref="HubException"/> saying why, and the connection stays up; it is logged at Information, without a stack
/// trace and without the caller's raw values (S12, issue 18 item 5). An unexpected failure is logged at Error with its
/// stack trace, and the client gets a generic message so no internals leak. SignalR's own "failed to invoke" entry is
/// switched off (<see cref="SecurityRegistration"/>) because every failure has passed through here and been logged once.
/// </summary>
public sealed partial class RefusalHubFilter(ILogger<RefusalHubFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is MessageRejectedException or UnauthorizedAccessException or HubException)
        {
            LogRefused(context.Hub.GetType().Name, context.HubMethodName, RoleOf(context), Redacted(e.Message));
            throw e as HubException ?? new HubException(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e, context.Hub.GetType().Name, context.HubMethodName, RoleOf(context));
            throw new HubException($"{context.HubMethodName} failed on the server; it was logged, try again later");
        }
    }

    private static string RoleOf(HubInvocationContext context) =>
        ChatIdentity.TryFrom(context.Context.User, out var who) ? who.Role : "unknown";

    /// <summary>Refusals quote the caller's values ('…'): those may be a phone number or an e-mail address (S12).</summary>
    [GeneratedRegex(@"'[^']*'?", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    /// <summary>No quoted value, and no control character that could start a forged log line.</summary>
    internal static string Redacted(string message)
    {
        var flat = new string([.. message.Select(c => char.IsControl(c) ? ' ' : c)]);
        return Quoted().Replace(flat, "'…'");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Hub}.{Method} from a {Role}: {Reason}")]
    private partial void LogRefused(string hub, string method, string role, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Hub}.{Method} failed for a {Role}")]
    private partial void LogFailed(Exception e, string hub, string method, string role);
}
