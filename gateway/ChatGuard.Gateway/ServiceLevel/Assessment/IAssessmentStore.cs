namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>What the assessment reads and keeps in the database: the shop's messages, buyer ratings (S4), excluded messages (S9).</summary>
public interface IAssessmentStore
{
    /// <summary>The shop's messages sent in [from, to), in store order, without those excluded from assessment.</summary>
    Task<IReadOnlyList<CountedMessage>> ListCountedMessagesAsync(string tenant, string shopId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>Records the buyer's rating of a conversation, once (S4); false when it was rated before.</summary>
    Task<bool> RateAsync(string tenant, string shopId, string conversationId, string rating, DateTimeOffset at, CancellationToken ct);

    /// <summary>Whether the shop (an agent or its bot) answered the buyer: a delivered shop message after a delivered buyer message.</summary>
    Task<bool> HasExchangeAsync(string tenant, string conversationId, CancellationToken ct);

    Task<RatingCounts> CountRatingsAsync(string tenant, string shopId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>Marks messages of the shop as excluded (S9); returns when each of them was sent (ids of other shops are ignored).</summary>
    Task<IReadOnlyList<DateTimeOffset>> ExcludeAsync(string tenant, string shopId, IReadOnlyCollection<string> messageIds, string reason, DateTimeOffset at, CancellationToken ct);
}
