namespace ChatGuard.Classifiers.Training;

/// <summary>
/// A head to fit: its label, and whether it learns from the chat corpus or from the extra examples (COLD). Two heads
/// may share a label: C2 has a chat head calibrated on shop talk and a COLD head that reports only next to context
/// words (COLD's comments made ordinary complaints look offensive when both were fitted as one).
/// </summary>
public sealed record HeadSpec(string Label, bool Extra = false);
