using System.Text.Json.Serialization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Messaging;

namespace ChatGuard.Gateway.Assessment;

/// <summary>S4: a buyer rates a conversation (hub method <c>RateConversation</c>); a later rating replaces an earlier one.</summary>
public sealed class ConversationRatingService(ConversationService conversations, IAssessmentStore store, TimeProvider clock)
{
    public async Task<RatingResult> RateAsync(ChatIdentity who, string? conversationId, string? rating, CancellationToken ct)
    {
        if (who.Role != Roles.Buyer) throw new MessageRejectedException("only buyers rate conversations");
        if (!Ratings.IsKnown(rating)) throw new MessageRejectedException("rating must be satisfied, neutral or disappointed");
        var conversation = await conversations.FindReadableAsync(who, conversationId, ct)
            ?? throw new MessageRejectedException($"conversation '{conversationId}' does not exist or you are not a participant");
        await store.RateAsync(who.Tenant, conversation.ShopId, conversation.Id, rating!, clock.GetUtcNow(), ct);
        return new RatingResult(conversation.Id, rating!);
    }
}

public sealed record RatingResult(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("rating")] string Rating);
