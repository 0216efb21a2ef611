using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.Redis;

/// <summary>
/// <c>ChatGuard:Redis</c>. Without <see cref="Configuration"/> the gateway uses no Redis at all: counters and
/// handoff state live in process (one node only).
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "ChatGuard:Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379,password=...</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key and channel, so several deployments can share one Redis.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,32}$")] public string Prefix { get; set; } = "cg";

    /// <summary>StackExchange.Redis's command timeout: a chat send waits at most about this for its counters before they are skipped.</summary>
    [Range(10, 60_000)] public int TimeoutMilliseconds { get; set; } = 1000;

    /// <summary>How long the circuit stays open (calls fail fast) once Redis failed repeatedly.</summary>
    [Range(1, 600)] public int BreakSeconds { get; set; } = 5;
}
