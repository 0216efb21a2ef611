using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Backplane;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Moderation;

/// <summary><c>/hubs/moderation</c>: moderators of a tenant receive its <c>flag</c> events live.</summary>
[Authorize(Roles = Roles.Moderator)]
public sealed class ModerationHub(LocalAudience audience) : Hub
{
    public override async Task OnConnectedAsync()
    {
        var who = ChatIdentity.From(Context.User);
        var moderators = HubGroups.Moderators(who.Tenant);
        await Groups.AddToGroupAsync(Context.ConnectionId, moderators, Context.ConnectionAborted);
        audience.JoinedGroup(Context.ConnectionId, moderators);
        await base.OnConnectedAsync();
    }

    /// <summary>Runs after <see cref="OnConnectedAsync"/>, so its answer means the moderators' group is joined.</summary>
    public WhoAmIResult WhoAmI() => WhoAmIResult.From(ChatIdentity.From(Context.User));
}
