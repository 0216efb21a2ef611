using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Conversations;

/// <summary>
/// Rows that must exist exactly when a message does (a held message's flag, without which no moderator would ever
/// release it): run in the message's own write job, right after its insert, so one commit stores both or neither.
/// Like every write job it may run twice (<see cref="SqlWriteQueue.WriteAsync{T}"/>): SQL only.
/// </summary>
public delegate Task WriteAlongside(SqlWriteBatch batch, StoredMessage stored, CancellationToken ct);
