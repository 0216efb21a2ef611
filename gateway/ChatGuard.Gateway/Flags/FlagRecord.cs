using System.Text.Json.Serialization;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Flags;

/// <summary>
/// One item of the moderators' review queue: what was flagged, the verdict with the profile and version that
/// judged it (S13), the conversation before it, and where the review stands. It is also the <c>flag</c> event's payload.
/// </summary>
public sealed record FlagRecord
{
    [JsonPropertyName("flagId")] public required string FlagId { get; init; }
    [JsonPropertyName("tenant")] public required string Tenant { get; init; }
    [JsonPropertyName("shopId")] public required string ShopId { get; init; }
    [JsonPropertyName("conversationId")] public required string ConversationId { get; init; }
    [JsonPropertyName("messageId")] public string? MessageId { get; init; }
    /// <summary>Every message the flag is about (a report may name several); <see cref="MessageId"/> is the last of them.</summary>
    [JsonPropertyName("messageIds")] public IReadOnlyList<string> MessageIds { get; init; } = [];
    [JsonPropertyName("attachmentId")] public string? AttachmentId { get; init; }
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("senderRole")] public required string SenderRole { get; init; }
    [JsonPropertyName("senderId")] public required string SenderId { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("action")] public required string Action { get; init; }
    [JsonPropertyName("labels")] public required IReadOnlyList<string> Labels { get; init; }
    [JsonPropertyName("spans")] public IReadOnlyList<ScanSpan> Spans { get; init; } = [];
    /// <summary>The rule clauses that matched (C1…C11, S5, S9), for the console to name them.</summary>
    [JsonPropertyName("rules")] public IReadOnlyList<string> Rules { get; init; } = [];
    /// <summary>Why the flag was raised beyond the verdict: a report's reason, the spam pattern seen.</summary>
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("reportedBy")] public string? ReportedBy { get; init; }
    [JsonPropertyName("profile")] public required string Profile { get; init; }
    [JsonPropertyName("profileVersion")] public required string ProfileVersion { get; init; }
    /// <summary>
    /// The conversation before the flag. Null on the live <c>flag</c> event, which goes out before anyone reads it:
    /// the console loads it with the flag (<c>GET /api/v1/flags/{id}</c>).
    /// </summary>
    [JsonPropertyName("context")] public IReadOnlyList<FlagContextMessage>? Context { get; init; }
    /// <summary>
    /// While the flag is pending its context is read from the conversation (the messages before this sequence)
    /// rather than copied on the send path; it is frozen into the flag when decided or before a purge would take it.
    /// </summary>
    [JsonIgnore] public long? ContextBefore { get; init; }
    [JsonPropertyName("status")] public string Status { get; init; } = FlagStatuses.Pending;
    [JsonPropertyName("createdAt")] public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("decision")] public FlagDecision? Decision { get; init; }
}


/// <summary>A moderator's decision on a flag.</summary>
public sealed record FlagDecision(
    [property: JsonPropertyName("decision")] string Decision,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("decidedBy")] string DecidedBy,
    [property: JsonPropertyName("decidedAt")] DateTimeOffset DecidedAt);
