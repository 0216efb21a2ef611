using Microsoft.Extensions.Options;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Flags;

/// <summary>
/// A flag's context, the conversation before it. A pending flag reads it from the conversation when a moderator
/// looks (copying it on the send path was most of moderation's cost per message); it is frozen into the flag when
/// decided, and before a retention purge (S12) would take its messages.
/// </summary>
public sealed class FlagConversation(IChatStore chat, IOptionsMonitor<FlagOptions> options)
{
    /// <summary>The flag with its context: frozen, or read now from the messages before its bound.</summary>
    public async Task<FlagRecord> WithContextAsync(FlagRecord flag, CancellationToken ct) =>
        flag.Context is not null ? flag : flag with { Context = await ReadAsync(flag, ct) };

    public async Task<IReadOnlyList<FlagRecord>> WithContextAsync(IReadOnlyList<FlagRecord> flags, CancellationToken ct)
    {
        var filled = new FlagRecord[flags.Count];
        for (var i = 0; i < flags.Count; i++) filled[i] = await WithContextAsync(flags[i], ct);
        return filled;
    }

    /// <summary>The configured number of messages before <paramref name="before"/> in the flag's conversation, oldest first.</summary>
    public async Task<IReadOnlyList<FlagContextMessage>> ReadAsync(string tenant, string conversationId, long before, CancellationToken ct)
    {
        var size = options.CurrentValue.ContextSize;
        return size == 0 ? [] : await chat.ListFlagContextAsync(tenant, conversationId, before, size, ct);
    }

    private Task<IReadOnlyList<FlagContextMessage>> ReadAsync(FlagRecord flag, CancellationToken ct) =>
        flag.ContextBefore is { } before ? ReadAsync(flag.Tenant, flag.ConversationId, before, ct) : Task.FromResult<IReadOnlyList<FlagContextMessage>>([]);
}
