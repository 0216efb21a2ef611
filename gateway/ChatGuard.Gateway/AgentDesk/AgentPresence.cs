using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.AgentDesk;

/// <summary>Whether an agent takes conversations: <c>online</c>, <c>busy</c> (signed in, not taking new ones) or <c>offline</c>.</summary>
public sealed record AgentPresence(
    [property: JsonPropertyName("agentId")] string AgentId,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("updatedAt")] DateTimeOffset UpdatedAt)
{
    public const string Online = "online";
    public const string Busy = "busy";
    public const string Offline = "offline";

    public static bool IsKnown(string? state) => state is Online or Busy or Offline;

    /// <summary>
    /// A desk repeats its state every minute; one silent for longer than this is closed or cut off, and counts as offline.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public AgentPresence AsOf(DateTimeOffset now) => now - UpdatedAt > Timeout ? this with { State = Offline } : this;
}
