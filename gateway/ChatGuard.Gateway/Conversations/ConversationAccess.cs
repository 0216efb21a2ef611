using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.Conversations;

/// <summary>S7: who may read and write a conversation. Never across tenants; agents and the bot only for their shop.</summary>
public static class ConversationAccess
{
    public static bool CanRead(ChatIdentity who, Conversation c) =>
        who.Tenant == c.Tenant && (who.Role switch
        {
            Roles.Buyer => who.UserId == c.BuyerId,
            Roles.Agent or Roles.Bot => who.ShopId == c.ShopId,
            Roles.Moderator => true,
            _ => false,
        });

    /// <summary>Moderators read and decide; they do not chat.</summary>
    public static bool CanPost(ChatIdentity who, Conversation c) => who.Role != Roles.Moderator && CanRead(who, c);
}
