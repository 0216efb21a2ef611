using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// What an agent may still send into a conversation, by when the buyer last wrote there (read once per send):
/// S5 (TikTok 003 §3.2) only to a buyer who contacted the shop — agents cannot start conversations at all
/// (<c>ConversationDirectory</c>), this refuses the first word in one the buyer opened but never wrote in;
/// S3 (003 §4.1–4.2) not once the buyer's last message is older than the profile's reply window (exactly the window
/// is still inside).
/// </summary>
public sealed class AgentReplyRules(ServiceProfiles profiles, IBuyerActivityStore buyers)
{
    /// <returns>Why the message is refused, or null when it may be sent.</returns>
    public async Task<string?> RefusalAsync(ChatIdentity sender, string conversationId, DateTimeOffset now, CancellationToken ct)
    {
        if (sender.Role != Roles.Agent) return null;
        var options = profiles.ForTenant(sender.Tenant).Options;
        if (!options.RequireBuyerContact && options.ReplyWindowHours is null) return null;
        var last = await buyers.LastBuyerMessageAtAsync(sender.Tenant, conversationId, ct);
        if (options.RequireBuyerContact && last is null)
            return "S5: the buyer has not contacted the shop in this conversation; shops answer, they do not reach out";
        if (options.ReplyWindowHours is { } hours && last is { } at && now - at > TimeSpan.FromHours(hours))
            return $"S3: the buyer's last message is more than {hours} hours old; it can no longer be answered";
        return null;
    }
}
