namespace ChatGuard.Classifiers.Training;

/// <summary>Hyper-parameters of <see cref="AbuseTrainer"/>; the defaults are the ones the shipped model was trained with.</summary>
public sealed record AbuseTrainerOptions
{
    /// <summary>2^HashBits weight buckets of one byte each; 2^21 collides less than 2^20 (+0.005 COLD macro-F1).</summary>
    public int HashBits { get; init; } = 21;

    public int Epochs { get; init; } = 12;

    /// <summary>AdaGrad's base step.</summary>
    public double LearningRate { get; init; } = 0.2;

    /// <summary>L2 penalty per example update, applied to the weights an example touches.</summary>
    public double L2 { get; init; } = 1e-5;

    /// <summary>Scale features by their naive-Bayes log-count ratio (NBSVM, Wang and Manning 2012); 0 turns it off.</summary>
    public double NaiveBayesSmoothing { get; init; } = 1.0;

    /// <summary>Weigh examples so both classes count the same within each training file.</summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>
    /// Weight of chat examples (JSON-lines files) against the public datasets: the hand-written shop talk is a few
    /// hundred lines beside 45,000 comments and tweets, and it is what the gateway actually sees.
    /// </summary>
    public double ChatWeight { get; init; } = 10;

    /// <summary>Seed of the example shuffle, so re-training reproduces the shipped model.</summary>
    public int Seed { get; init; } = 20260421;
}
