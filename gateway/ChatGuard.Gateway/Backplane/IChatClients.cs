namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// The chat hub's connections (buyers, agents, the bot) on every node, through <see cref="LiveEvents"/>: features push
/// their events here without depending on the hub that receives the senders' calls.
/// </summary>
public interface IChatClients
{
    Task ToGroupAsync(string group, string method, object payload, CancellationToken ct);

    Task ToUserAsync(string user, string method, object payload, CancellationToken ct);
}
