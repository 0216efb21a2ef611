using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.AgentDesk;

/// <summary>
/// The agent a conversation was handed to (the desk's "mine" filter), and who handed it over. Also the
/// <c>conversationAssigned</c> event to the shop's agents.
/// </summary>
public sealed record ConversationAssignment(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("shopId")] string ShopId,
    [property: JsonPropertyName("agentId")] string AgentId,
    [property: JsonPropertyName("assignedBy")] string AssignedBy,
    [property: JsonPropertyName("assignedAt")] DateTimeOffset AssignedAt)
{
    public const string EventName = "conversationAssigned";
}
