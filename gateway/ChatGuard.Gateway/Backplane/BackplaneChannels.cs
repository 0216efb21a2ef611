namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// Pub/sub channel names of one hub: <c>{prefix}:signalr:{hub}:{kind}:{id}</c>. A node subscribes to the channels
/// of what it holds (connections, their users and groups), so a PUBLISH reaches exactly the nodes with recipients.
/// </summary>
public sealed class BackplaneChannels(IBackplaneBus bus, string hubName)
{
    public string All => bus.Channel(hubName, "all");

    /// <summary>Messages for one connection, and group changes for it issued on other nodes.</summary>
    public string Connection(string connectionId) => bus.Channel(hubName, "conn", connectionId);

    public string User(string userId) => bus.Channel(hubName, "user", userId);

    public string Group(string groupName) => bus.Channel(hubName, "group", groupName);

    /// <summary>Where the other nodes acknowledge the group changes this node asked them for.</summary>
    public string Acks(string nodeId) => bus.Channel(hubName, "ack", nodeId);
}
