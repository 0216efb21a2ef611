using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.Security;

/// <summary>The <c>ChatGuard:Security</c> section: rate and connection limits, allowed browser origins, data retention.</summary>
public sealed class SecurityOptions
{
    public const string Section = "ChatGuard:Security";

    /// <summary>Messages one user may send: a token bucket of this size, refilled evenly over a minute.</summary>
    [Range(1, 100_000)] public int MessagesPerMinutePerUser { get; set; } = 120;

    /// <summary>A single connection's share, so one runaway tab cannot spend a user's whole budget at once.</summary>
    [Range(1, 100_000)] public int MessagesPerMinutePerConnection { get; set; } = 120;

    /// <summary>Hub calls of any method one user may make (issue 18 item 10); SendMessage's own limits apply as well.</summary>
    [Range(1, 100_000)] public int HubCallsPerMinutePerUser { get; set; } = 300;

    /// <summary>Conversations one user may start (StartConversation): each new shop creates one.</summary>
    [Range(1, 10_000)] public int ConversationsPerMinutePerUser { get; set; } = 20;

    /// <summary>SignalR negotiate requests (connection attempts) per user, or per client address when anonymous.</summary>
    [Range(1, 100_000)] public int NegotiationsPerMinute { get; set; } = 60;

    /// <summary>HTTP API requests per user (or per client address when anonymous) and minute.</summary>
    [Range(1, 1_000_000)] public int HttpRequestsPerMinute { get; set; } = 600;

    /// <summary>Concurrent hub connections one user may hold on one node.</summary>
    [Range(1, 10_000)] public int MaxConnectionsPerUser { get; set; } = 20;

    /// <summary>Browser origins allowed for every tenant (the pages served by the gateway itself are same-origin).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>S12: messages older than this are purged; 0 keeps them forever.</summary>
    [Range(0, 3650)] public int RetentionDays { get; set; } = 180;

    [Range(1, 1440)] public int PurgeIntervalMinutes { get; set; } = 60;
}
