using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>The <c>botHandoff</c> event to a shop's agents (DESIGN.md): the bot took over reception, or gave it back.</summary>
public sealed record BotHandoffEvent(
    [property: JsonPropertyName("shopId")] string ShopId,
    [property: JsonPropertyName("active")] bool Active);
