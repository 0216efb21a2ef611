namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: how lexicon and model combine. A lexicon term that is abusive on its own flags a message; otherwise the
/// model's probability has to reach <see cref="CueThreshold"/> next to a context word (垃圾, stupid),
/// <see cref="GroupThreshold"/> next to the name of a group (vilification), or <see cref="ModelThreshold"/> alone.
/// Chosen on COLD dev and the dev chat corpus: the best COLD dev macro-F1 that keeps ordinary shop talk under 1 %
/// false flags (classifiers/models/README.md has the figures).
/// </summary>
public sealed record AbuseDetectorOptions
{
    public float ModelThreshold { get; init; } = 0.70f;

    public float GroupThreshold { get; init; } = 0.45f;

    public float CueThreshold { get; init; } = 0.40f;

    /// <summary>
    /// Precision first: a finding that rests on the model's score blocks on its own only at or above this score;
    /// below it the message is held for review. Until the in-domain corpus calibrates it to block at most 0.1 % of
    /// legitimate traffic, it sits where COLD and the dev chat corpus show no legitimate message.
    /// </summary>
    public float BlockThreshold { get; init; } = 0.97f;
}
