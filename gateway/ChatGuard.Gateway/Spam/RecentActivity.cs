namespace ChatGuard.Gateway.Spam;

/// <summary>
/// One sender's (or one shop's) recent messages inside the window, oldest first; entries already counted in a
/// spam flag are marked so one burst raises one flag. Not thread-safe: callers lock it.
/// A ring over one array that grows up to <c>capacity</c>: every send walks the whole of it (C9 compares with each
/// entry), and an array walk is several times cheaper than a chain of list nodes; a quiet sender holds a few slots.
/// </summary>
public sealed class RecentActivity<T>(int capacity)
{
    private RecentEntry<T>[] _ring = new RecentEntry<T>[Math.Min(capacity, 4)];
    private int _start;
    private int _count;

    /// <summary>The entries, oldest first (for a store that keeps them elsewhere than in this process).</summary>
    public IEnumerable<RecentEntry<T>> Entries
    {
        get
        {
            for (var i = 0; i < _count; i++) yield return At(i);
        }
    }

    public DateTimeOffset Newest => _count == 0 ? DateTimeOffset.MinValue : At(_count - 1).At;

    public void Prune(DateTimeOffset oldest)
    {
        while (_count > 0 && At(0).At < oldest) DropOldest();
    }

    public IReadOnlyList<(string MessageId, string ConversationId, bool Flagged)> Matching(Func<T, bool> predicate)
    {
        var matches = new List<(string, string, bool)>();
        for (var i = 0; i < _count; i++)
        {
            ref var e = ref At(i);
            if (predicate(e.Item)) matches.Add((e.MessageId, e.ConversationId, e.Flagged));
        }
        return matches;
    }

    public void Add(DateTimeOffset at, string messageId, string conversationId, T item, bool flagged)
    {
        if (_count == capacity) DropOldest();
        else if (_count == _ring.Length)
        {
            var grown = new RecentEntry<T>[Math.Min(capacity, _ring.Length * 2)];
            for (var i = 0; i < _count; i++) grown[i] = At(i);
            (_ring, _start) = (grown, 0);
        }
        At(_count) = new RecentEntry<T>(at, messageId, conversationId, item, flagged);
        _count++;
    }

    public void MarkFlagged(IReadOnlyCollection<string> messageIds)
    {
        for (var i = 0; i < _count; i++)
        {
            ref var e = ref At(i);
            if (messageIds.Contains(e.MessageId)) e.Flagged = true;
        }
    }

    private void DropOldest()
    {
        At(0) = default; // let the strings and the item go
        _start = (_start + 1) % _ring.Length;
        _count--;
    }

    private ref RecentEntry<T> At(int index) => ref _ring[(_start + index) % _ring.Length];
}
