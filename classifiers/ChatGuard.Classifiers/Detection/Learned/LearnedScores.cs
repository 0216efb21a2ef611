namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// One message's probabilities from every head of <paramref name="Model"/>, scored without a role. The
/// <see cref="SenderRoleReader"/> computes them to read the sender; when it leaves the sender unknown the
/// <see cref="LearnedLabelDetector"/> reads the same scores instead of scoring the message a second time (cost,
/// issue 16: a role-less scan paid for the model twice).
/// </summary>
public sealed record LearnedScores(LabelModel Model, float[] Probabilities);
