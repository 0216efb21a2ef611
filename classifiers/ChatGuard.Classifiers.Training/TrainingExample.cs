namespace ChatGuard.Classifiers.Training;

/// <summary>
/// One message to fit on: its raw text, who sent it, its gold labels, and how much it weighs.
/// <paramref name="OnlyLabel"/> restricts it to one label's classifier: a COLD comment says whether it is
/// offensive and nothing about the shop labels.
/// </summary>
public sealed record TrainingExample(string Text, SenderRole Role, IReadOnlyList<string> Labels, string? OnlyLabel = null, float Weight = 1f)
{
    public bool AppliesTo(string label) => OnlyLabel is null || OnlyLabel == label;
}
