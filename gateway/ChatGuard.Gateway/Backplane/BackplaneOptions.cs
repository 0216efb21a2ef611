using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// <c>ChatGuard:Backplane</c>. The rest of what the backplane needs is the shared Redis connection's:
/// <c>ChatGuard:Redis:Configuration</c> turns it on, <c>ChatGuard:Redis:Prefix</c> separates deployments sharing
/// one Redis, and its timeouts, retries and circuit breaker bound what a dead Redis costs a send.
/// </summary>
public sealed class BackplaneOptions
{
    public const string Section = "ChatGuard:Backplane";

    /// <summary>Longest a group change for a connection on another node waits for that node's acknowledgement.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")] public TimeSpan GroupChangeTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
