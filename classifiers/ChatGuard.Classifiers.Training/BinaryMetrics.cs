namespace ChatGuard.Classifiers.Training;

/// <summary>Confusion counts of a binary classifier (offensive = positive) and the figures reported from them.</summary>
public readonly record struct BinaryMetrics(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public int Count => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    public double Accuracy => Ratio(TruePositives + TrueNegatives, Count);

    public double PositivePrecision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double PositiveRecall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double PositiveF1 => F1(PositivePrecision, PositiveRecall);

    public double NegativePrecision => Ratio(TrueNegatives, TrueNegatives + FalseNegatives);

    public double NegativeRecall => Ratio(TrueNegatives, TrueNegatives + FalsePositives);

    public double NegativeF1 => F1(NegativePrecision, NegativeRecall);

    /// <summary>The unweighted mean of both classes' F1, the COLD paper's headline figure.</summary>
    public double MacroF1 => (PositiveF1 + NegativeF1) / 2;

    public static BinaryMetrics From(IReadOnlyList<bool> truth, IReadOnlyList<bool> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("one prediction per example");
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            switch (truth[i], predicted[i])
            {
                case (true, true): tp++; break;
                case (false, true): fp++; break;
                case (false, false): tn++; break;
                case (true, false): fn++; break;
            }
        }
        return new BinaryMetrics(tp, fp, tn, fn);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
