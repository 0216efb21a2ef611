using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.Flags;

/// <summary>
/// A rule a moderator's decision must pass before it is applied (another moderator's claim on the flag is one).
/// Features register theirs; the decision endpoint asks each and answers 409 with the first refusal.
/// </summary>
public interface IFlagDecisionGuard
{
    /// <summary>Why <paramref name="moderator"/> may not decide the flag now, or null.</summary>
    ValueTask<string?> RefusalAsync(ChatIdentity moderator, string flagId, CancellationToken ct);
}
