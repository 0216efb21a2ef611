namespace ChatGuard.Classifiers.Training;

/// <summary>Settings of <see cref="LabelModelTrainer"/>; the defaults trained the shipped model.</summary>
public sealed record LabelModelTrainerOptions
{
    /// <summary>
    /// 2^HashBits buckets, each holding one float per label. 2^20 since session 14: the COLD head's character n-grams
    /// collided less (COLD dev through the pipeline 0.900 → 0.903, the figure it was chosen on).
    /// </summary>
    public int HashBits { get; init; } = 20;

    /// <summary>SDCA's L2 penalty (null: ML.NET's own choice from the data).</summary>
    public float? L2 { get; init; } = 1e-5f;

    /// <summary>SDCA's L1 penalty: zeroes weights of rare n-grams, which keeps the shipped file small.</summary>
    public float? L1 { get; init; } = 0f;

    public int Iterations { get; init; } = 30;

    /// <summary>Weigh each label's two classes equally (violations are a few percent of each label's examples).</summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>
    /// Share of training messages scored without their role, so the model also knows messages whose sender is not
    /// said (the CLI without a role, the moderate endpoint).
    /// </summary>
    public double RoleDropout { get; init; } = 0.3;

    /// <summary>
    /// Corpus messages weigh n^-FamilyWeightExponent, n the size of their family group (0: all weigh the same; 1: every
    /// family weighs the same in all), so large generated families do not dominate hand-written ones
    /// (<see cref="CalibratedTraining.ToExamples(IReadOnlyList{Corpus.CorpusMessage}, double)"/>).
    /// </summary>
    public double FamilyWeightExponent { get; init; } = 1.0;

    /// <summary>Seed of ML.NET's context, so re-training reproduces the shipped model.</summary>
    public int Seed { get; init; } = 20261205;

    /// <summary>How a head fitted on extra data (the COLD abuse head) is fitted, where it differs from the chat heads.</summary>
    public ExtraHeadOptions ExtraHead { get; init; } = new();

    public ThresholdOptions Thresholds { get; init; } = new();
}
