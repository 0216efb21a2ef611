namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>S3/S5: when the buyer of a conversation last reached the shop.</summary>
public interface IBuyerActivityStore
{
    /// <summary>The time of the buyer's last delivered message in the conversation; null when the buyer never wrote.</summary>
    Task<DateTimeOffset?> LastBuyerMessageAtAsync(string tenant, string conversationId, CancellationToken ct);
}
