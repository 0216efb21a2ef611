using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.LoadTests.RawRelay;

/// <summary>
/// <c>/hubs/chat</c> of the floor: buyer messages go to the shop's staff group; staff messages to the buyer and the
/// staff group, the same fan-out as the gateway's ChatDelivery.
/// </summary>
public sealed class RelayHub(Conversations conversations) : Hub
{
    public override async Task OnConnectedAsync()
    {
        // Browsers pass the token in the query string; Node's client sends an Authorization header.
        var request = Context.GetHttpContext()?.Request;
        var header = request?.Headers.Authorization.ToString() ?? "";
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : request?.Query["access_token"].ToString();
        if (string.IsNullOrEmpty(token)) throw new HubException("a bearer token is required");
        var who = RelayIdentity.Parse(token);
        Context.Items[nameof(RelayIdentity)] = who;
        await Groups.AddToGroupAsync(Context.ConnectionId, who.Role == "buyer" ? who.UserGroup : who.ShopGroup);
        await base.OnConnectedAsync();
    }

    public object WhoAmI() => Caller;

    public object StartConversation(string shopId) =>
        new { conversationId = conversations.Start(Caller.Tenant, shopId, Caller.UserId).Id };

    public async Task<object> SendMessage(JsonElement message)
    {
        var who = Caller;
        var conversation = conversations.Find(message.GetProperty("conversationId").GetString() ?? "")
            ?? throw new HubException("unknown conversation");
        var text = message.GetProperty("text").GetString() ?? "";
        var payload = new
        {
            messageId = "m_" + Guid.CreateVersion7().ToString("N"),
            conversationId = conversation.Id,
            senderRole = who.Role,
            senderId = who.UserId,
            text,
            sentAt = DateTimeOffset.UtcNow,
        };
        var staff = Clients.Group($"shop:{conversation.Tenant}:{conversation.ShopId}");
        if (who.Role == "buyer") await staff.SendAsync("message", payload);
        else await Task.WhenAll(Clients.Group($"user:{conversation.Tenant}:{conversation.BuyerId}").SendAsync("message", payload),
            staff.SendAsync("message", payload));
        return new { payload.messageId, action = "allow", labels = Array.Empty<string>(), deliveredText = text, reason = (string?)null, duplicate = false };
    }

    private RelayIdentity Caller => (RelayIdentity)Context.Items[nameof(RelayIdentity)]!;
}
