using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Flags;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>
/// One send on its way through <see cref="SendPipeline"/>: the admitted command (who, where, what, when it arrived),
/// then what each step adds — the scan, the stored message and its flag — for the steps after it.
/// </summary>
public sealed class SendContext(ChatIdentity sender, Conversation conversation, string clientMessageId, string text,
    IReadOnlyList<string> attachmentIds, DateTimeOffset now, string? connectionId)
{
    public ChatIdentity Sender { get; } = sender;
    public Conversation Conversation { get; } = conversation;
    public string ClientMessageId { get; } = clientMessageId;
    public string Text { get; } = text;
    public IReadOnlyList<string> AttachmentIds { get; } = attachmentIds;
    public DateTimeOffset Now { get; } = now;

    /// <summary>The hub connection the send came in on; null for the bot, which sends from the server.</summary>
    public string? ConnectionId { get; } = connectionId;

    /// <summary>Set by <see cref="AttachmentGate"/>: an attached image waits for a moderator, so the message waits with it.</summary>
    public bool HeldByAttachment { get; set; }

    /// <summary>Set by <see cref="AttachmentGate"/>: the labels of the held images.</summary>
    public IReadOnlyCollection<string> HeldAttachmentLabels { get; set; } = [];

    /// <summary>Set by <see cref="ScanStep"/>; spam tracking reads the same normalization.</summary>
    public NormalizedText Normalized { get => _normalized ?? throw NotYet(nameof(ScanStep)); set => _normalized = value; }

    /// <summary>Set by <see cref="ScanStep"/>: the text's verdict with the held images' labels.</summary>
    public Verdict Verdict { get => _verdict ?? throw NotYet(nameof(ScanStep)); set => _verdict = value; }

    /// <summary>Set by <see cref="StoreStep"/>.</summary>
    public StoredMessage Stored { get => _stored ?? throw NotYet(nameof(StoreStep)); set => _stored = value; }

    /// <summary>Set by <see cref="StoreStep"/> when the verdict was not allow: the flag stored in the message's commit.</summary>
    public FlagRecord? Flag { get; set; }

    private NormalizedText? _normalized;
    private Verdict? _verdict;
    private StoredMessage? _stored;

    private static InvalidOperationException NotYet(string step) => new($"{step} has not run for this send");
}
