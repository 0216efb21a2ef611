using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// <c>ChatGuard:Backplane</c>: how the nodes of one deployment reach each other's SignalR connections over Redis
/// pub/sub. Only used when <c>ChatGuard:Redis:Configuration</c> is set.
/// </summary>
public sealed class BackplaneOptions
{
    public const string Section = "ChatGuard:Backplane";

    /// <summary>
    /// Prefix of every pub/sub channel. Deployments (staging, production, other tenants' clusters) sharing one
    /// Redis must use different prefixes, or they deliver into each other's connections.
    /// </summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,64}$")] public string ChannelPrefix { get; set; } = "chatguard";

    /// <summary>Longest a PUBLISH may take before the send gives up on other nodes (local delivery is not held up by it).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")] public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest a group change for a connection on another node waits for that node's acknowledgement.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")] public TimeSpan GroupChangeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After this many failed publishes in <see cref="BreakSampling"/> the circuit opens and publishes fail fast.</summary>
    [Range(2, 10_000)] public int BreakMinimumThroughput { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")] public TimeSpan BreakSampling { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an open circuit stays open before one publish is let through to probe Redis.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")] public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(2);
}
