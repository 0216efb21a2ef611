namespace ChatGuard.Classifiers.Training;

/// <summary>
/// One message to fit on: its raw text, who sent it, its gold labels, and how much it weighs.
/// <paramref name="Extra"/> marks an example from outside the chat corpus (a COLD comment): it says whether it is
/// offensive and nothing about the shop labels, and only heads fitted on extra data (<see cref="HeadSpec.Extra"/>) read it.
/// </summary>
public sealed record TrainingExample(string Text, SenderRole Role, IReadOnlyList<string> Labels, bool Extra = false, float Weight = 1f);
