using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.QuickReplies;

/// <summary>One of a shop's saved replies (快捷短语), shared by its agents.</summary>
public sealed record QuickReply(
    [property: JsonPropertyName("quickReplyId")] string QuickReplyId,
    [property: JsonPropertyName("shopId")] string ShopId,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("createdBy")] string CreatedBy,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt)
{
    public const int MaxLength = 500;

    /// <summary>A shop keeps at most this many; the desk shows them all at once.</summary>
    public const int MaxPerShop = 100;
}
