using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.Audit;

/// <summary>One moderation action, attributable to an account (S7): who did what to which record, when and why.</summary>
public sealed record AuditEntry(
    [property: JsonPropertyName("tenant")] string Tenant,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("actorId")] string ActorId,
    [property: JsonPropertyName("actorRole")] string ActorRole,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("at")] DateTimeOffset At);
