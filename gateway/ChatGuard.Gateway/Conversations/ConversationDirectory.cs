using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Conversations;

/// <summary>Opens and finds conversations for the hub and the API.</summary>
public sealed class ConversationDirectory(IChatStore store, TimeProvider clock)
{
    /// <summary>A buyer's open conversation with the shop; the same one comes back on every call.</summary>
    public Task<Conversation> StartAsync(ChatIdentity buyer, string? shopId, CancellationToken ct)
    {
        if (buyer.Role != Roles.Buyer) throw new MessageRejectedException("only buyers start conversations (S5: shops answer, they do not reach out)");
        if (!Identifiers.IsValid(shopId)) throw new MessageRejectedException("shopId is required: 1-64 characters of letters, digits, '_', '.', '@' or '-'");
        var candidate = new Conversation("c_" + Guid.CreateVersion7().ToString("N"), buyer.Tenant, shopId!, buyer.UserId, clock.GetUtcNow());
        return store.GetOrCreateConversationAsync(candidate, ct);
    }

    /// <summary>The conversation, if it exists in the caller's tenant and the caller may read it.</summary>
    public async Task<Conversation?> FindReadableAsync(ChatIdentity who, string? conversationId, CancellationToken ct)
    {
        if (!Identifiers.IsValid(conversationId)) return null;
        var conversation = await store.GetConversationAsync(who.Tenant, conversationId!, ct);
        return conversation is not null && ConversationAccess.CanRead(who, conversation) ? conversation : null;
    }
}
