namespace ChatGuard.Classifiers.Training.Evaluation;

/// <summary>True positives, false positives and false negatives of one label (or all labels, micro-averaged).</summary>
public sealed class LabelCounts
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public int Support => TruePositives + FalseNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(LabelCounts other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
    }
}
