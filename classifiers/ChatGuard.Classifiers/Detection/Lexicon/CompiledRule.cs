namespace ChatGuard.Classifiers.Detection.Lexicon;

/// <summary>A <see cref="LexiconRule"/> with its label and family names resolved.</summary>
public sealed record CompiledRule(
    string Label,
    string RuleId,
    LexiconRule Source,
    int Anchor,
    int[] Near,
    int[] NearBefore,
    int[] NearAfter,
    int[] Unless,
    int[] UnlessAfter,
    int[] Except,
    IReadOnlySet<SenderRole> Senders)
{
    /// <summary>Whether the rule judges a message from <paramref name="role"/>; an unknown sender is always judged.</summary>
    public bool Judges(SenderRole role) => role == SenderRole.Unknown || Senders.Count == 0 || Senders.Contains(role);
}
