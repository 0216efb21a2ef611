using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Messaging;

/// <summary>
/// A send that was just stored, with what the send path already computed for it — the normalized text (one
/// normalization per message, shared by the scan and spam tracking) and the scan result — so observers need not
/// redo either.
/// </summary>
public sealed record StoredSend(StoredMessage Message, Conversation Conversation, NormalizedText Normalized, ScanResult Scan);
