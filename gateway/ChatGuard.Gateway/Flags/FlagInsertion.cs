using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Flags;

/// <summary>
/// A prepared flag insert, run as a step of a write job under way (a message's, so that both commit together).
/// <paramref name="contextBefore"/> bounds the flag's live context: the flagged message's sequence, known only once
/// that message is inserted in the same job. Returns false when a flag with the same dedup key exists.
/// </summary>
public delegate Task<bool> FlagInsertion(SqlWriteBatch batch, long? contextBefore, CancellationToken ct);
