using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.Flags;

/// <summary>
/// A moderator decides a flag: the decision, its audit entry and the flag's context (frozen as the evidence) commit
/// together, then the effects run once (only for the call that actually decided it, so a repeat changes nothing).
/// </summary>
public sealed partial class FlagDecisions(
    IFlagStore store,
    FlagConversation conversation,
    IEnumerable<IFlagDecisionEffect> effects,
    TimeProvider clock,
    ILogger<FlagDecisions> logger)
{
    private readonly IFlagDecisionEffect[] _effects = [.. effects];

    public async Task<FlagDecisionOutcome> DecideAsync(ChatIdentity moderator, string flagId, string decision, string? note, CancellationToken ct)
    {
        var current = await store.GetAsync(moderator.Tenant, flagId, ct);
        if (current is null) return new FlagDecisionOutcome(FlagDecisionResult.NotFound, null);
        var live = current.Context is null ? (await conversation.WithContextAsync(current, ct)).Context : null;
        var outcome = await store.DecideAsync(moderator.Tenant, flagId, decision, note, moderator, clock.GetUtcNow(), live, ct);
        if (outcome.Flag is not null) outcome = outcome with { Flag = await conversation.WithContextAsync(outcome.Flag, ct) };
        if (outcome.Result != FlagDecisionResult.Applied || outcome.Flag is null) return outcome;
        LogDecided(flagId, decision, moderator.UserId);
        foreach (var effect in _effects)
        {
            try
            {
                await effect.OnDecidedAsync(outcome.Flag, moderator, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogEffectFailed(e, effect.GetType().Name, flagId);
            }
        }
        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Flag {FlagId} decided: {Decision} by {Moderator}")]
    private partial void LogDecided(string flagId, string decision, string moderator);

    [LoggerMessage(Level = LogLevel.Error, Message = "Effect {Effect} failed after the decision on flag {FlagId}")]
    private partial void LogEffectFailed(Exception e, string effect, string flagId);
}
