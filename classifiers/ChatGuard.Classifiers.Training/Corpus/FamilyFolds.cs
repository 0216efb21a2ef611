namespace ChatGuard.Classifiers.Training.Corpus;

/// <summary>
/// Leave-families-out: every family group (<see cref="CorpusMessage.FamilyGroup"/>) goes to one of
/// <see cref="Count"/> folds by a stable hash of its name, so a fold holds whole techniques that the models fitted
/// on the other folds have never seen, in any language.
/// </summary>
public sealed class FamilyFolds
{
    public FamilyFolds(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        Count = count;
    }

    public int Count { get; }

    public int FoldOf(CorpusMessage message) => FoldOf(message.FamilyGroup);

    /// <summary>FNV-1a of the name: string.GetHashCode is randomized per process, and folds must not move between runs.</summary>
    public int FoldOf(string familyGroup)
    {
        var hash = 2166136261u;
        foreach (var c in familyGroup) hash = (hash ^ c) * 16777619u;
        return (int)(hash % (uint)Count);
    }

    /// <summary>The messages of the other folds (to fit on) and of this fold (to measure on).</summary>
    public (List<CorpusMessage> Train, List<CorpusMessage> HeldOut) Split(IEnumerable<CorpusMessage> messages, int fold)
    {
        var train = new List<CorpusMessage>();
        var heldOut = new List<CorpusMessage>();
        foreach (var m in messages) (FoldOf(m) == fold ? heldOut : train).Add(m);
        return (train, heldOut);
    }
}
