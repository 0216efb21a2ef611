using ChatGuard.Classifiers.Training.Corpus;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Training.Evaluation;

/// <summary>
/// What the pipeline's verdicts on labelled messages add up to: precision, recall and F1 per text label and
/// micro-averaged; legitimate messages flagged (any label) and blocked; violating messages allowed (delivered as
/// sent); and the same per family. Several runs (folds) add into one.
/// </summary>
public sealed class CorpusEvaluation
{
    public IReadOnlyDictionary<string, LabelCounts> PerLabel { get; } = Labels.Text.ToDictionary(l => l, _ => new LabelCounts(), StringComparer.Ordinal);

    public SortedDictionary<string, FamilyCounts> PerFamily { get; } = new(StringComparer.Ordinal);

    public int Messages { get; private set; }

    public int Legitimate { get; private set; }

    public int LegitimateFlagged { get; private set; }

    public int LegitimateBlocked { get; private set; }

    /// <summary>Legitimate messages flagged on a learned score with no rule finding beside it (what the heads add).</summary>
    public int LegitimateFlaggedByModelOnly { get; private set; }

    public int Violating => Messages - Legitimate;

    public int ViolatingAllowed { get; private set; }

    public LabelCounts Micro
    {
        get
        {
            var total = new LabelCounts();
            foreach (var c in PerLabel.Values) total.Add(c);
            return total;
        }
    }

    /// <summary>
    /// Scores every message as if its sender were not said (the moderate endpoint's case, <c>chatguard scan</c> without a
    /// role): the pipeline reads what it can of the sender from the text.
    /// </summary>
    public bool RolesUnsaid { get; init; }

    /// <summary>Scans each message with its role (none when <see cref="RolesUnsaid"/>) and counts the verdict; <paramref name="onError"/> sees every wrong one.</summary>
    public void Run(IModerationPipeline pipeline, IEnumerable<CorpusMessage> messages, string? profile,
        Action<CorpusMessage, Verdict>? onError = null, CancellationToken ct = default)
    {
        foreach (var m in messages)
        {
            ct.ThrowIfCancellationRequested();
            var verdict = pipeline.Scan(pipeline.Normalize(m.Text), new ScanOptions(profile, RolesUnsaid ? SenderRole.Unknown : m.Role));
            Add(m, verdict, onError);
        }
    }

    public void Add(CorpusMessage message, Verdict verdict, Action<CorpusMessage, Verdict>? onError = null)
    {
        var predicted = verdict.Labels.Where(PerLabel.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var gold = message.Labels.Where(PerLabel.ContainsKey).ToHashSet(StringComparer.Ordinal);
        Messages++;
        var legitimate = gold.Count == 0;
        if (legitimate)
        {
            Legitimate++;
            if (predicted.Count > 0) LegitimateFlagged++;
            if (predicted.Count > 0 && IsModelOnly(verdict)) LegitimateFlaggedByModelOnly++;
            if (verdict.Action == ModerationAction.Block) LegitimateBlocked++;
        }
        else if (verdict.Action == ModerationAction.Allow)
        {
            ViolatingAllowed++;
        }
        foreach (var (label, c) in PerLabel)
        {
            bool p = predicted.Contains(label), g = gold.Contains(label);
            if (p && g) c.TruePositives++;
            else if (p) c.FalsePositives++;
            else if (g) c.FalseNegatives++;
        }
        if (!PerFamily.TryGetValue(message.Family, out var family)) PerFamily[message.Family] = family = new FamilyCounts();
        family.Messages++;
        if (predicted.SetEquals(gold)) family.Exact++;
        else onError?.Invoke(message, verdict);
        if (predicted.Count > 0) family.Flagged++;
        if (predicted.Count > 0 && IsModelOnly(verdict)) family.FlaggedByModelOnly++;
        if (verdict.Action == ModerationAction.Block) family.Blocked++;
        if (verdict.Action == ModerationAction.Allow) family.Allowed++;
    }

    private static bool IsModelOnly(Verdict verdict) => verdict.Findings.Count > 0 && verdict.Findings.All(f => f.Evidence == Evidence.Model);
}
