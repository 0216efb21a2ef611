using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Flags;

namespace ChatGuard.Gateway.FlagClaims;

/// <summary>
/// A moderator may not decide a flag another moderator has claimed (the claim is what keeps two of them from working
/// the same flag). An unclaimed flag, or one's own, may be decided.
/// </summary>
public sealed partial class ClaimedFlagGuard(IFlagClaimStore claims, TimeProvider clock, ILogger<ClaimedFlagGuard> logger) : IFlagDecisionGuard
{
    public async ValueTask<string?> RefusalAsync(ChatIdentity moderator, string flagId, CancellationToken ct)
    {
        var claim = await claims.ActiveAsync(moderator.Tenant, flagId, clock.GetUtcNow(), ct);
        if (claim is null || claim.ModeratorId == moderator.UserId) return null;
        LogRefused(flagId, moderator.UserId, claim.ModeratorId);
        return $"moderator {claim.ModeratorId} is working on this flag";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision on flag {FlagId} by {Moderator} refused: claimed by {Holder}")]
    private partial void LogRefused(string flagId, string moderator, string holder);
}
