using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.FlagClaims;

/// <summary>
/// On the decision endpoint: a moderator may not decide a flag another moderator has claimed (the claim is what keeps
/// two of them from working the same flag). An unclaimed flag, or one's own, may be decided.
/// </summary>
public sealed partial class FlagClaimGuard(IFlagClaimStore claims, TimeProvider clock, ILogger<FlagClaimGuard> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.RouteValues["id"] is string flagId && Identifiers.IsValid(flagId))
        {
            var who = ChatIdentity.From(http.User);
            var claim = await claims.ActiveAsync(who.Tenant, flagId, clock.GetUtcNow(), http.RequestAborted);
            if (claim is not null && claim.ModeratorId != who.UserId)
            {
                LogRefused(flagId, who.UserId, claim.ModeratorId);
                return Results.Problem($"moderator {claim.ModeratorId} is working on this flag", statusCode: StatusCodes.Status409Conflict);
            }
        }
        return await next(context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision on flag {FlagId} by {Moderator} refused: claimed by {Holder}")]
    private partial void LogRefused(string flagId, string moderator, string holder);
}
