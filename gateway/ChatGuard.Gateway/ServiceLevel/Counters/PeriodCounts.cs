namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// S2 counters of one shop and assessment period: assessed buyer messages, those answered within the target time,
/// and the first-reply times (one per run of unanswered buyer messages, from its first message to the reply).
/// </summary>
public sealed record PeriodCounts(long BuyerMessages, long RepliedInTime, long FirstReplies, long FirstReplyTotalMilliseconds)
{
    public static readonly PeriodCounts Empty = new(0, 0, 0, 0);
}
