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
}
