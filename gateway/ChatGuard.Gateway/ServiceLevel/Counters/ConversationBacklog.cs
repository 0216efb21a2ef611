namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// What a conversation leaves unanswered since the shop's last reply: the S1 streak (buyer messages in working hours)
/// and the S2 buyer messages waiting for a reply, each with the period it is assessed in.
/// </summary>
public sealed record ConversationBacklog(string ConversationId, int Streak, IReadOnlyList<PendingBuyerMessage> Pending);

public sealed record PendingBuyerMessage(DateTimeOffset At, string Period);
