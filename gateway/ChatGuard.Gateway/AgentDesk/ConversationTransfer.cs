using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Backplane;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.AgentDesk;

/// <summary>
/// Hands a conversation to another agent of the same shop who is at their desk (online or busy), records it, and
/// tells the shop's agents (<c>conversationAssigned</c>) so the receiving desk shows it under "mine".
/// </summary>
public sealed partial class ConversationTransfer(
    IAgentDeskStore store, ConversationDirectory conversations, IChatClients clients, TimeProvider clock, ILogger<ConversationTransfer> logger)
{
    /// <summary>The assignment, or why it was refused with its HTTP status (404: no such conversation of the agent's shop; 409: the other agent is not at their desk).</summary>
    public async Task<(ConversationAssignment? Assignment, int Status, string? Refusal)> TransferAsync(ChatIdentity from, string conversationId, string? toAgentId,
        CancellationToken ct)
    {
        var conversation = from.Role == Roles.Agent ? await conversations.FindReadableAsync(from, conversationId, ct) : null;
        if (conversation is null) return (null, StatusCodes.Status404NotFound, "conversation not found");
        if (!Identifiers.IsValid(toAgentId) || toAgentId == from.UserId) return (null, StatusCodes.Status400BadRequest, "agentId must name another agent of the shop");
        var now = clock.GetUtcNow();
        var target = (await store.ListPresenceAsync(from.Tenant, conversation.ShopId, ct)).FirstOrDefault(p => p.AgentId == toAgentId)?.AsOf(now);
        if (target is null || target.State == AgentPresence.Offline) return (null, StatusCodes.Status409Conflict, $"agent '{toAgentId}' is not at their desk");

        var assignment = new ConversationAssignment(conversation.Id, conversation.ShopId, target.AgentId, from.UserId, now);
        await store.AssignAsync(from.Tenant, assignment, ct);
        LogTransferred(from.Tenant, conversation.ShopId, conversation.Id, from.UserId, target.AgentId);
        await clients.ToGroupAsync(HubGroups.ShopStaff(from.Tenant, conversation.ShopId), ConversationAssignment.EventName, assignment, ct);
        return (assignment, StatusCodes.Status200OK, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {Tenant}/{ShopId}/{ConversationId} handed from {From} to {To}")]
    private partial void LogTransferred(string tenant, string shopId, string conversationId, string from, string to);
}
