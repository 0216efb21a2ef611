using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Flags;

/// <summary>
/// S12: before messages past the retention period are purged, pending flags whose context they may be part of get
/// that context frozen, so a moderator still sees the conversation the flag was raised in.
/// </summary>
public sealed partial class FlagContextRetention(IFlagStore store, FlagConversation conversation, ILogger<FlagContextRetention> logger)
    : IPurgeDependent
{
    private const int BatchSize = 200;

    public async Task KeepBeforePurgeAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        var frozen = 0;
        IReadOnlyList<FlagRecord> batch;
        do
        {
            // Each frozen flag leaves the list, so the next batch starts where this one ended.
            batch = await store.ListContextsReachingAsync(cutoff, BatchSize, ct);
            foreach (var flag in batch)
            {
                var context = (await conversation.WithContextAsync(flag, ct)).Context ?? [];
                if (await store.FreezeContextAsync(flag.Tenant, flag.FlagId, context, ct)) frozen++;
            }
        } while (batch.Count == BatchSize);
        if (frozen > 0) LogFrozen(frozen, cutoff);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Froze the context of {Count} pending flags before purging messages older than {Cutoff:o}")]
    private partial void LogFrozen(int count, DateTimeOffset cutoff);
}
