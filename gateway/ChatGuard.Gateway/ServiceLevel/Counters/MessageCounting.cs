using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// Which stored messages count, and how, under a profile. The live recorder and the rebuild from the store both use
/// this, so counters and rebuilt figures follow the same rules.
/// </summary>
public static class MessageCounting
{
    /// <summary>
    /// The counter update of a message, or null when it does not count: only delivered messages count (a blocked or
    /// held buyer message never reached the shop; a blocked agent message answered nobody), and bot messages never do
    /// (S1: the bot holding reception is not the shop answering).
    /// </summary>
    public static CounterUpdate? UpdateFor(string tenant, string shopId, string conversationId, string senderRole, bool delivered,
        DateTimeOffset sentAt, ProfileRules rules)
    {
        if (!delivered) return null;
        return senderRole switch
        {
            Roles.Buyer => new CounterUpdate(tenant, shopId, conversationId, CounterEventKind.BuyerMessage, sentAt,
                rules.CountsForHandoff(sentAt), rules.AssessedPeriod(sentAt)?.Key, rules.Options.UnansweredThreshold, rules.ReplyTarget),
            Roles.Agent => new CounterUpdate(tenant, shopId, conversationId, CounterEventKind.ShopReply, sentAt,
                false, null, rules.Options.UnansweredThreshold, rules.ReplyTarget),
            _ => null,
        };
    }
}
