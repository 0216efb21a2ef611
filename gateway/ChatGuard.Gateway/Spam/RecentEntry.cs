namespace ChatGuard.Gateway.Spam;

/// <summary>One message in a <see cref="RecentActivity{T}"/>: when, which, where, what it looked like, and whether a spam flag already counted it.</summary>
public record struct RecentEntry<T>(DateTimeOffset At, string MessageId, string ConversationId, T Item, bool Flagged);
