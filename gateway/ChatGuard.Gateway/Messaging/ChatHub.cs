using System.Text.Json;
using System.Text.Json.Serialization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.ServiceLevel;
using ChatGuard.Gateway.Backplane;
using ChatGuard.Gateway.Blocks;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using ChatGuard.Gateway.Messaging.Send;

namespace ChatGuard.Gateway.Messaging;

/// <summary>
/// <c>/hubs/chat</c>: buyers and shop staff chat through it. Authorized per call by role and membership (S7);
/// agents and the bot join their shop's group on connect.
/// </summary>
[Authorize]
public sealed class ChatHub(ConversationDirectory conversations, SendPipeline messages, LocalAudience audience) : Hub
{
    public override async Task OnConnectedAsync()
    {
        var who = Caller;
        if (who.Role == Roles.Moderator) throw new HubException("moderators connect to /hubs/moderation");
        if (who.IsShopStaff)
        {
            var staff = HubGroups.ShopStaff(who.Tenant, who.ShopId!);
            await Groups.AddToGroupAsync(Context.ConnectionId, staff, Context.ConnectionAborted);
            audience.JoinedGroup(Context.ConnectionId, staff);
        }
        await base.OnConnectedAsync();
    }

    /// <summary>Runs after <see cref="OnConnectedAsync"/> on the same connection, so its answer means the shop group is joined.</summary>
    public WhoAmIResult WhoAmI() => WhoAmIResult.From(Caller);

    public async Task<StartConversationResult> StartConversation(string? shopId)
    {
        var conversation = await conversations.StartAsync(Caller, shopId, Context.ConnectionAborted);
        return new StartConversationResult(conversation.Id);
    }

    public Task<SendMessageResult> SendMessage(JsonElement message) =>
        messages.SendAsync(Caller, SendMessageCommand.Read(message), Context.ConnectionId, Context.ConnectionAborted);

    /// <summary>S9: an agent reports buyer messages of a shop conversation to the moderators.</summary>
    public Task<ReportResult> ReportMessages(JsonElement request, MessageReports reports) =>
        reports.ReportAsync(Caller, request, Context.ConnectionAborted);

    /// <summary>S6: an agent blocks the conversation's buyer from messaging the shop, giving a reason.</summary>
    public Task<BlockResult> BlockBuyer(JsonElement request, BuyerBlocking blocks) =>
        blocks.BlockAsync(Caller, request, Context.ConnectionAborted);

    /// <summary>S4: the buyer rates the conversation satisfied, neutral or disappointed.</summary>
    public Task<RatingResult> RateConversation(string? conversationId, string? rating, ConversationRatings ratings) =>
        ratings.RateAsync(Caller, conversationId, rating, Context.ConnectionAborted);

    private ChatIdentity Caller => ChatIdentity.From(Context.User);
}

public sealed record StartConversationResult([property: JsonPropertyName("conversationId")] string ConversationId);
