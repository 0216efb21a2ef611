namespace ChatGuard.Gateway.FlagClaims;

/// <summary>Who works on which flag, so two moderators do not review the same one.</summary>
public interface IFlagClaimStore
{
    /// <summary>
    /// Claims the flag for the moderator (or renews their claim) unless another moderator's claim is still valid at
    /// <paramref name="now"/>; returns the claim that holds afterwards — the moderator's own, or the other one.
    /// </summary>
    Task<FlagClaim> ClaimAsync(string tenant, string flagId, string moderatorId, DateTimeOffset now, TimeSpan duration, CancellationToken ct);

    /// <summary>Gives up the moderator's own claim; another's is left alone.</summary>
    Task ReleaseAsync(string tenant, string flagId, string moderatorId, CancellationToken ct);

    /// <summary>The claim on the flag still valid at <paramref name="now"/>, if any.</summary>
    Task<FlagClaim?> ActiveAsync(string tenant, string flagId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Every claim of the tenant still valid at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<FlagClaim>> ListActiveAsync(string tenant, DateTimeOffset now, CancellationToken ct);
}
