using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Accounts;

/// <summary>SignalR user ids are tenant-qualified, so sending to a user never reaches another tenant's namesake.</summary>
public sealed class TenantUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) =>
        ChatIdentity.TryFrom(connection.User, out var who) ? who.UserKey : null;
}
