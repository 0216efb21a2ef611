using System.Text.Json.Serialization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>S4: a buyer rates a conversation the shop answered (hub method <c>RateConversation</c>), once.</summary>
public sealed class ConversationRatings(ConversationDirectory conversations, IAssessmentStore store, TimeProvider clock)
{
    public async Task<RatingResult> RateAsync(ChatIdentity who, string? conversationId, string? rating, CancellationToken ct)
    {
        if (who.Role != Roles.Buyer) throw new MessageRejectedException("only buyers rate conversations");
        if (!Ratings.IsKnown(rating)) throw new MessageRejectedException("rating must be satisfied, neutral or disappointed");
        var conversation = await conversations.FindReadableAsync(who, conversationId, ct)
            ?? throw new MessageRejectedException($"conversation '{conversationId}' does not exist or you are not a participant");
        // S4 (issue 18 item 7): a rating judges service, so there must have been some; and one buyer counts once.
        if (!await store.HasExchangeAsync(who.Tenant, conversation.Id, ct))
            throw new MessageRejectedException("only a conversation the shop has answered can be rated");
        if (!await store.RateAsync(who.Tenant, conversation.ShopId, conversation.Id, rating!, clock.GetUtcNow(), ct))
            throw new MessageRejectedException("this conversation is already rated; a rating cannot be changed");
        return new RatingResult(conversation.Id, rating!);
    }
}

public sealed record RatingResult(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("rating")] string Rating);
