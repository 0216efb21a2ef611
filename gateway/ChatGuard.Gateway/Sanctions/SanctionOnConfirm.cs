using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Flags;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>S10/S11: a confirmed flag is a confirmed violation of its sender.</summary>
public sealed class SanctionOnConfirm(SanctionIssuer sanctions) : IFlagDecisionEffect
{
    public async ValueTask OnDecidedAsync(FlagRecord flag, ChatIdentity moderator, CancellationToken ct)
    {
        if (flag.Status == FlagStatuses.Confirmed) await sanctions.ApplyAsync(flag, moderator, ct);
    }
}
