namespace ChatGuard.Classifiers.Training;

/// <summary>
/// A head to fit: its label, and whether it learns from the chat corpus or from the extra examples (COLD). Two heads
/// may share a label: C2 has a chat head calibrated on shop talk and a COLD head that reports only next to context
/// words (COLD's comments made ordinary complaints look offensive when both were fitted as one).
/// </summary>
/// <param name="ReadsSender">
/// The head learns who wrote a corpus line (a buyer, or the shop's agent or bot) from its text alone, not a label
/// (<see cref="Detection.Learned.SenderRoleReader"/>).
/// </param>
public sealed record HeadSpec(string Label, bool Extra = false, bool ReadsSender = false)
{
    /// <summary>The sender head.</summary>
    public static readonly HeadSpec Sender = new(Detection.Learned.SenderRoleReader.HeadLabel, ReadsSender: true);
}
