namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// What a counter update decided: whether the shop's reception is with the bot, whether that just changed, and
/// which conversations the bot should now greet (each once per handoff; decided atomically, so with several nodes
/// only one node posts the greeting).
/// </summary>
public sealed record CounterOutcome(bool HandoffActive, HandoffChange Change, IReadOnlyList<string> Greet)
{
    public static readonly CounterOutcome Inactive = new(false, HandoffChange.None, []);

    /// <summary>Equal by content, greetings in order (a list compares by reference otherwise).</summary>
    public bool Equals(CounterOutcome? other) =>
        other is not null && HandoffActive == other.HandoffActive && Change == other.Change && Greet.SequenceEqual(other.Greet);

    public override int GetHashCode() => HashCode.Combine(HandoffActive, Change, Greet.Count);
}

public enum HandoffChange
{
    None,
    Started,
    Ended,
}
