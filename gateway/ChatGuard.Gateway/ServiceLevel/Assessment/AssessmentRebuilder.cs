using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// Rebuilds counters from the stored messages, so figures are reproducible: the shop's messages are replayed, in
/// store order, through <see cref="ShopServiceState"/> from empty (the rules the live counters apply),
/// skipping messages excluded under S9.
/// </summary>
public sealed class AssessmentRebuilder(IAssessmentStore store, ServiceCounters counters, ServiceProfiles profiles)
{
    /// <summary>A buyer message waits for its reply at most this long in the counters; replay covers it on both sides.</summary>
    public static readonly TimeSpan ReplyLookback = ShopServiceState.PendingLifetime;

    /// <summary>The period's figures as the stored messages give them (nothing written).</summary>
    public async Task<PeriodCounts> ComputeAsync(string tenant, string shopId, AssessmentPeriod period, CancellationToken ct)
    {
        var zone = profiles.ForTenant(tenant).TimeZone;
        // Runs that began before the period decide which in-period reply is a first reply; replies after it still count.
        var messages = await store.ListCountedMessagesAsync(tenant, shopId, period.Start(zone) - ReplyLookback, period.End(zone) + ReplyLookback, ct);
        var replay = ShopServiceState.Empty;
        foreach (var m in messages)
        {
            if (MessageCounting.UpdateFor(tenant, shopId, m.ConversationId, m.SenderRole, m.Delivered, m.SentAt, profiles.ForProfile(m.Profile)) is { } update)
                (replay, _) = replay.Record(update);
        }
        return replay.Period(period.Key);
    }

    /// <summary>Recomputes the period and overwrites the live counters with it.</summary>
    public async Task<PeriodCounts> RebuildAsync(string tenant, string shopId, AssessmentPeriod period, CancellationToken ct)
    {
        var counts = await ComputeAsync(tenant, shopId, period, ct);
        await counters.WritePeriodAsync(tenant, shopId, period.Key, counts, ct);
        return counts;
    }

    /// <summary>
    /// After counters missed updates since <paramref name="since"/>: rebuilds every period from then to now, and the
    /// live S1/S2 state of each conversation active since then. Returns the handoff outcome of the new state.
    /// </summary>
    public async Task<CounterOutcome> CatchUpAsync(string tenant, string shopId, DateTimeOffset since, DateTimeOffset now, CancellationToken ct)
    {
        var rules = profiles.ForTenant(tenant);
        var last = AssessmentPeriod.Containing(rules.LocalTime(now));
        for (var p = AssessmentPeriod.Containing(rules.LocalTime(since)); p.Key.CompareTo(last.Key) <= 0; p = p.Next)
            await RebuildAsync(tenant, shopId, p, ct);

        var messages = await store.ListCountedMessagesAsync(tenant, shopId, since - ReplyLookback, now + TimeSpan.FromMinutes(1), ct);
        var backlog = messages
            .GroupBy(m => m.ConversationId)
            .Where(g => g.Any(m => m.SentAt >= since))
            .Select(g => BacklogOf(g.Key, g))
            .ToList();
        return await counters.ReplaceBacklogAsync(tenant, shopId, backlog, rules.Options.UnansweredThreshold, now, ct);
    }

    /// <summary>What is unanswered after the shop's last delivered reply in the conversation.</summary>
    private ConversationBacklog BacklogOf(string conversationId, IEnumerable<CountedMessage> messages)
    {
        var ordered = messages.ToList();
        var lastReply = ordered.FindLastIndex(m => m.SenderRole == Roles.Agent && m.Delivered);
        var streak = 0;
        var pending = new List<PendingBuyerMessage>();
        foreach (var m in ordered.Skip(lastReply + 1).Where(m => m.SenderRole == Roles.Buyer && m.Delivered))
        {
            var rules = profiles.ForProfile(m.Profile);
            if (rules.CountsForHandoff(m.SentAt)) streak++;
            if (rules.AssessedPeriod(m.SentAt) is { } period) pending.Add(new PendingBuyerMessage(m.SentAt, period.Key));
        }
        return new ConversationBacklog(conversationId, streak, pending);
    }
}
