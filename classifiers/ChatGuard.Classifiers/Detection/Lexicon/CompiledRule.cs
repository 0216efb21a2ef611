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
    int[] Except);
