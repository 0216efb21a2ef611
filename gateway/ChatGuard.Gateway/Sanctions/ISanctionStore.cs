using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>Mutes and bans (S10) and merchant violation points (S11), durable on either engine.</summary>
public interface ISanctionStore
{
    /// <summary>
    /// Records the sanction a confirmed flag earns the user, built from how many muting sanctions the user had
    /// before (counted in the same transaction); one per flag and user, so a repeated effect adds nothing.
    /// Returns null when <paramref name="build"/> decides there is nothing to impose.
    /// </summary>
    Task<(Sanction? Sanction, bool Inserted)> ImposeAsync(string tenant, string userId, string flagId, Func<int, Sanction?> build, CancellationToken ct);

    Task<Sanction?> GetAsync(string tenant, string sanctionId, CancellationToken ct);

    /// <summary>The sanction that stops the user from sending now (a ban before the longest mute), if any.</summary>
    Task<Sanction?> ActiveAsync(string tenant, string userId, string role, DateTimeOffset now, CancellationToken ct);

    Task<IReadOnlyList<Sanction>> ListAsync(string tenant, string? userId, string? shopId, bool? active, DateTimeOffset now, int limit, CancellationToken ct);

    /// <summary>Lifts a sanction with its audit entry in one transaction; returns it as it stands (null: not found).</summary>
    Task<(Sanction? Sanction, bool Lifted)> LiftAsync(string tenant, string sanctionId, ChatIdentity moderator, string? note, DateTimeOffset at, CancellationToken ct);

    /// <summary>Records a merchant violation; one per flag.</summary>
    Task<bool> AddViolationAsync(MerchantViolation violation, CancellationToken ct);

    Task<IReadOnlyList<MerchantViolation>> ListViolationsAsync(string tenant, string shopId, int limit, CancellationToken ct);
}
