namespace ChatGuard.Classifiers.Training.Data;

/// <summary>
/// One training or evaluation example: a text, whether it is offensive, the file it came from, and how much it
/// weighs in training (in-domain chat counts more than the large public datasets).
/// </summary>
public readonly record struct LabeledText(string Text, bool Offensive, string Source = "", double Weight = 1.0);
