namespace ChatGuard.Classifiers.Training.Corpus;

/// <summary>
/// One line of the in-domain corpus (classifiers/corpus/DATASHEET.md): the text, its gold labels (empty when
/// legitimate), who sent it, its language and its family (evasion technique × label × language).
/// </summary>
public sealed record CorpusMessage(string Id, string Text, IReadOnlyList<string> Labels, SenderRole Role, string Language, string Family)
{
    public bool IsLegitimate => Labels.Count == 0;

    /// <summary>
    /// The family without its language: the zh-Hant lines of a technique are its zh-Hans lines in another script
    /// (and the normalizer folds them back), so a technique is held out in every language at once.
    /// </summary>
    public string FamilyGroup => Family.LastIndexOf('/') is var slash and > 0 ? Family[..slash] : Family;
}
