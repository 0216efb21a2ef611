namespace ChatGuard.Gateway.AgentDesk;

/// <summary>The shop's agents' reception states and which agent each conversation was handed to.</summary>
public interface IAgentDeskStore
{
    Task SetPresenceAsync(string tenant, string shopId, AgentPresence presence, CancellationToken ct);

    /// <summary>Every agent of the shop that ever set a state, as last set (callers apply <see cref="AgentPresence.AsOf"/>).</summary>
    Task<IReadOnlyList<AgentPresence>> ListPresenceAsync(string tenant, string shopId, CancellationToken ct);

    /// <summary>Hands the conversation to the agent, replacing an earlier assignment.</summary>
    Task AssignAsync(string tenant, ConversationAssignment assignment, CancellationToken ct);

    Task<IReadOnlyList<ConversationAssignment>> ListAssignmentsAsync(string tenant, string shopId, CancellationToken ct);
}
