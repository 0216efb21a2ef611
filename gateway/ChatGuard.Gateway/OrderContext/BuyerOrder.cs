using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.OrderContext;

/// <summary>One of the buyer's orders with the shop, as the desk shows it beside the chat.</summary>
public sealed record BuyerOrder(
    [property: JsonPropertyName("orderId")] string OrderId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("placedAt")] DateTimeOffset PlacedAt,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("total")] decimal Total,
    [property: JsonPropertyName("items")] IReadOnlyList<OrderItem> Items);

public sealed record OrderItem(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("quantity")] int Quantity,
    [property: JsonPropertyName("price")] decimal Price);

/// <summary>The answer of <c>GET /api/v1/conversations/{id}/order-context</c>: where the orders come from, newest first.</summary>
public sealed record OrderContextView(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("orders")] IReadOnlyList<BuyerOrder> Orders);
