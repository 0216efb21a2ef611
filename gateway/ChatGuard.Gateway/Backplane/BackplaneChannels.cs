namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// Redis pub/sub channel names of one hub: <c>{prefix}:{hub}:{kind}:{id}</c>. A node subscribes to the channels of
/// the connections, users and groups it holds, so a PUBLISH reaches exactly the nodes that have recipients.
/// </summary>
public sealed class BackplaneChannels(string prefix, string hubName)
{
    private readonly string _root = $"{prefix}:{hubName}:";

    public string All => _root + "all";

    /// <summary>Messages for one connection, and group changes for it issued on other nodes.</summary>
    public string Connection(string connectionId) => _root + "conn:" + connectionId;

    public string User(string userId) => _root + "user:" + userId;

    public string Group(string groupName) => _root + "group:" + groupName;

    /// <summary>Where the other nodes acknowledge the group changes this node asked them for.</summary>
    public string Acks(string nodeId) => _root + "ack:" + nodeId;
}
