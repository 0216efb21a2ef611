using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.Flags;

/// <summary>
/// What follows a decision (late delivery of a dismissed held message, S10/S11 sanctions, S9 verified reports).
/// Runs once, after the decision is committed; a failure is logged and does not undo the decision.
/// </summary>
public interface IFlagDecisionEffect
{
    ValueTask OnDecidedAsync(FlagRecord flag, ChatIdentity moderator, CancellationToken ct);
}
