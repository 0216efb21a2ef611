namespace ChatGuard.Gateway.Spam;

/// <summary>
/// One sender's (or one shop's) recent messages inside the window, oldest first; entries already counted in a
/// spam flag are marked so one burst raises one flag. Not thread-safe: callers lock it.
/// </summary>
public sealed class RecentActivity<T>(int capacity)
{
    private readonly LinkedList<(DateTimeOffset At, string MessageId, string ConversationId, T Item, bool Flagged)> _entries = new();

    public DateTimeOffset Newest => _entries.Last?.Value.At ?? DateTimeOffset.MinValue;

    public void Prune(DateTimeOffset oldest)
    {
        while (_entries.First is { } first && first.Value.At < oldest) _entries.RemoveFirst();
    }

    public IReadOnlyList<(string MessageId, string ConversationId, bool Flagged)> Matching(Func<T, bool> predicate)
    {
        var matches = new List<(string, string, bool)>();
        foreach (var e in _entries)
            if (predicate(e.Item)) matches.Add((e.MessageId, e.ConversationId, e.Flagged));
        return matches;
    }

    public void Add(DateTimeOffset at, string messageId, string conversationId, T item, bool flagged)
    {
        _entries.AddLast((at, messageId, conversationId, item, flagged));
        if (_entries.Count > capacity) _entries.RemoveFirst();
    }

    public void MarkFlagged(IReadOnlyCollection<string> messageIds)
    {
        for (var node = _entries.First; node is not null; node = node.Next)
            if (messageIds.Contains(node.Value.MessageId)) node.Value = node.Value with { Flagged = true };
    }
}
