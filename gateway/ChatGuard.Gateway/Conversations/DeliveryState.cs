namespace ChatGuard.Gateway.Conversations;

/// <summary>Where a stored message stands with respect to its recipients.</summary>
public enum DeliveryState
{
    /// <summary>Allowed or masked: sent to the recipients.</summary>
    Delivered = 0,
    /// <summary>Review: waits for a moderator's decision.</summary>
    Held = 1,
    /// <summary>Block, or a review a moderator confirmed: never delivered.</summary>
    Blocked = 2,
}
