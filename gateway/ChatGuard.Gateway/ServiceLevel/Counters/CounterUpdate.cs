namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>What one stored message does to a shop's counters. Built by the caller from the profile, so both counter stores apply identical rules.</summary>
public sealed record CounterUpdate(
    string Tenant,
    string ShopId,
    string ConversationId,
    CounterEventKind Kind,
    DateTimeOffset At,
    /// <summary>S1: a buyer message in working hours.</summary>
    bool CountsForHandoff,
    /// <summary>S2: the period key of a buyer message sent in assessment hours; null otherwise.</summary>
    string? AssessedPeriod,
    /// <summary>S1: more than this many unanswered (in a row or across buyers) starts the handoff.</summary>
    int Threshold,
    /// <summary>S2: a reply within this time counts as in time (inclusive: exactly 5:00 is in time).</summary>
    TimeSpan ReplyTarget);

public enum CounterEventKind
{
    /// <summary>A delivered buyer message.</summary>
    BuyerMessage,
    /// <summary>A delivered agent message: answers everything the buyer left waiting in that conversation.</summary>
    ShopReply,
}
