using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Messaging;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// The durable record of conversations and messages. Every write is committed before the call returns,
/// so a message is acknowledged only once it would survive a crash.
/// </summary>
public interface IChatStore
{
    /// <summary>The buyer's open conversation with the shop, created with <paramref name="candidate"/>'s id when there is none.</summary>
    Task<Conversation> GetOrCreateConversationAsync(Conversation candidate, CancellationToken ct);

    Task<Conversation?> GetConversationAsync(string tenant, string conversationId, CancellationToken ct);

    /// <summary>The message a sender already sent with this client message id, if any.</summary>
    Task<StoredMessage?> FindByClientMessageIdAsync(string tenant, string senderId, string clientMessageId, CancellationToken ct);

    /// <summary>
    /// Inserts the message unless the same sender already stored one with the same client message id;
    /// returns the stored row and whether this call inserted it.
    /// </summary>
    Task<(StoredMessage Message, bool Inserted)> AppendMessageAsync(StoredMessage message, CancellationToken ct);

    Task<StoredMessage?> GetMessageAsync(string tenant, string messageId, CancellationToken ct);

    /// <summary>A conversation's messages, oldest first, after <paramref name="afterSequence"/>.</summary>
    Task<IReadOnlyList<StoredMessage>> ListMessagesAsync(string tenant, string conversationId, long afterSequence, int limit, CancellationToken ct);
}
