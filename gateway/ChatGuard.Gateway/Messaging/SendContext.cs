using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Messaging;

/// <summary>A validated send on its way through the checks: who, where, what, and when it arrived.</summary>
public sealed record SendContext(ChatIdentity Sender, Conversation Conversation, string ClientMessageId, string Text,
    IReadOnlyList<string> AttachmentIds, DateTimeOffset Now);
