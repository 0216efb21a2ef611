using ChatGuard.Gateway.Storage;
namespace ChatGuard.Gateway.Conversations;

/// <summary>
/// The durable record of conversations and messages. Every write is committed before the call returns,
/// so a message is acknowledged only once it would survive a crash.
/// </summary>
public interface IChatStore
{
    /// <summary>The buyer's open conversation with the shop, created with <paramref name="candidate"/>'s id when there is none.</summary>
    Task<Conversation> GetOrCreateConversationAsync(Conversation candidate, CancellationToken ct);

    Task<Conversation?> GetConversationAsync(string tenant, string conversationId, CancellationToken ct);

    /// <summary>Whether a delivered message of the conversation carries the attachment (issue 18 item 6: images follow their message).</summary>
    Task<bool> IsAttachmentDeliveredAsync(string tenant, string conversationId, string attachmentId, CancellationToken ct);

    /// <summary>The message a sender (user id in its role, in a conversation of the shop) already sent with this client message id, if any.</summary>
    Task<StoredMessage?> FindByClientMessageIdAsync(string tenant, string shopId, string senderRole, string senderId, string clientMessageId,
        CancellationToken ct);

    /// <summary>
    /// Inserts the message unless the same sender already stored one with the same client message id;
    /// returns the stored row and whether this call inserted it.
    /// </summary>
    Task<(StoredMessage Message, bool Inserted)> AppendMessageAsync(StoredMessage message, CancellationToken ct);

    /// <summary>
    /// Inserts the message as one step of a write job under way, so that rows which must exist exactly when it does (a
    /// held message's flag) commit with it. Returns its sequence, or null when the sender already stored one with the
    /// same client message id. Like every write job it may run twice (<see cref="SqlWriteQueue.WriteAsync{T}"/>): SQL only.
    /// </summary>
    Task<long?> InsertMessageAsync(SqlWriteBatch batch, StoredMessage message, CancellationToken ct);

    /// <summary>The message stored under the same sender and client message id when <paramref name="attempted"/>'s insert found one.</summary>
    Task<StoredMessage> FindStoredInsteadAsync(StoredMessage attempted, CancellationToken ct);

    Task<StoredMessage?> GetMessageAsync(string tenant, string messageId, CancellationToken ct);

    /// <summary>A conversation's messages, oldest first, after <paramref name="afterSequence"/>.</summary>
    Task<IReadOnlyList<StoredMessage>> ListMessagesAsync(string tenant, string conversationId, long afterSequence, int limit, CancellationToken ct);

    /// <summary>
    /// A flag's context: the <paramref name="limit"/> messages just before <paramref name="beforeSequence"/>, oldest first,
    /// with only what a moderator is shown (a flag is raised on every violation: no verdicts or labels are read).
    /// </summary>
    Task<IReadOnlyList<FlagContextMessage>> ListFlagContextAsync(string tenant, string conversationId, long beforeSequence, int limit, CancellationToken ct);

    /// <summary>
    /// The texts <paramref name="senderId"/> sent in the conversation at or after <paramref name="since"/>, at most
    /// <paramref name="limit"/> of the newest, oldest first: the scan reads them with the next message (issue 18,
    /// contact details split over messages). Read from the store, so it holds whichever node took the earlier sends.
    /// </summary>
    Task<IReadOnlyList<string>> ListRecentTextsAsync(string tenant, string conversationId, string senderId, DateTimeOffset since, int limit, CancellationToken ct);

    /// <summary>The newest message of a conversation sent by <paramref name="senderRole"/> before <paramref name="beforeSequence"/>.</summary>
    Task<StoredMessage?> LatestFromRoleAsync(string tenant, string conversationId, string senderRole, long beforeSequence, CancellationToken ct);

    /// <summary>
    /// Moves a message from <paramref name="from"/> to <paramref name="to"/> (a moderator's decision on a held message);
    /// returns the updated message, or null when it was not in <paramref name="from"/> (already decided: nothing to do).
    /// </summary>
    Task<StoredMessage?> TransitionAsync(string tenant, string messageId, DeliveryState from, DeliveryState to, string? deliveredText, CancellationToken ct);

    /// <summary>
    /// A shop's conversations for its desk: unanswered ones first, longest waiting first; then the others,
    /// most recent activity first. Only delivered messages count (held and blocked ones never reached the other side),
    /// only an agent's reply answers (S1: not the bot's), and conversations with nothing delivered are left out.
    /// </summary>
    Task<IReadOnlyList<ConversationSummary>> ListShopConversationsAsync(string tenant, string shopId, int limit, CancellationToken ct);
}
