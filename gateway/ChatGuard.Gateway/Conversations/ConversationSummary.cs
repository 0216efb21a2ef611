namespace ChatGuard.Gateway.Conversations;

/// <summary>
/// A conversation as the shop's desk lists it: the last message the shop's side can see and, when the buyer
/// is waiting for an answer, since when (the first delivered buyer message after the shop's last reply).
/// </summary>
public sealed record ConversationSummary(Conversation Conversation, StoredMessage? LastMessage, DateTimeOffset? WaitingSince);
