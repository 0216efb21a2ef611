using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Readings;

/// <summary>
/// Runs cue-based detectors over the other readings of a message — right to left (<c>8877ylil 信微加</c>) and the
/// first characters of its lines (an acrostic) — and reports what they find where it stands in the message.
/// Only detectors that need a cue word are given here: a bare number read backwards is just another number. A message
/// is read backwards only when it holds something an account or number could be (a run of Latin letters or digits).
/// A message with a bidi override is also read as typed, by <paramref name="typedOrderDetectors"/>: the screen shows
/// one order and a copy pastes the other, and the override itself is the tell, so a bare number counts there.
/// </summary>
public sealed class AlternateReadingsDetector(ITextNormalizer normalizer, IReadOnlyList<IDetector> cueDetectors,
    IReadOnlyList<IDetector> typedOrderDetectors) : IDetector
{
    /// <summary>Longer messages are not read backwards: the evasion is a short message, and the cost grows with length.</summary>
    public const int MaxLength = 400;

    private static readonly TextReading[] Readings = [TextReading.Reversed, TextReading.Acrostic, TextReading.Typed];

    /// <summary>
    /// What senders hide this way: contact details, payment off the platform, paid reviews. Other labels' terms turn
    /// up by chance in backward English ("per" reads "rep"), so only these labels' findings are reported.
    /// </summary>
    public static readonly IReadOnlyList<string> HiddenLabels = [Labels.ContactDiversion, Labels.OffPlatformPayment, Labels.ReviewSolicitation];

    /// <summary>
    /// C1: the rule for a mail domain written backwards (moc.liamg). Read backwards, it matches every ordinary address
    /// written forwards, which the forward reading already judges (and may rightly pass, as a reported phishing sender).
    /// </summary>
    private const string ReversedMailRule = "reversed-mail";

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        var original = text.Original;
        if (original.Length is 0 or > MaxLength) return;
        List<Finding>? found = null;
        foreach (var reading in Readings)
        {
            if (!Applies(reading, original)) continue;
            // C1, C4: a message that reads forwards as a warning or a report (他让我转到…的卡号，我没转) names the ask it
            // reports; read backwards, its words are no hidden ask of the sender's.
            if (reading == TextReading.Reversed && context.ReadsAsWarning) continue;
            var alternate = normalizer.Normalize(original, reading);
            if (alternate.Compact.Length == 0) continue;
            (found ??= []).Clear();
            foreach (var detector in reading == TextReading.Typed ? typedOrderDetectors : cueDetectors) detector.Detect(alternate, context, found);
            foreach (var f in found)
                if (HiddenLabels.Contains(f.Label) && !Covered(findings, f) && !(reading == TextReading.Reversed && f.Detail == ReversedMailRule))
                    findings.Add(f with { Detail = $"{f.Detail} (read {Name(reading)})" });
        }
    }

    private static bool Applies(TextReading reading, string original) => reading switch
    {
        TextReading.Acrostic => original.AsSpan().Count('\n') >= 2,
        TextReading.Typed => DisplayOrder.HasOverride(original),
        _ => HasAccountLikeRun(original),
    };

    // Read backwards only what could hide an account or a number (a run of 4+ Latin letters or digits): most messages
    // have none, and a scan stays within its cost budget.
    private static bool HasAccountLikeRun(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiLetterOrDigit(c) || c is >= '\uFF10' and <= '\uFF5A' ? run + 1 : 0;
            if (run >= 4) return true;
        }
        return false;
    }

    private static string Name(TextReading reading) => reading switch
    {
        TextReading.Reversed => "backwards",
        TextReading.Acrostic => "as an acrostic",
        _ => "as typed",
    };

    // What the message says forwards is already reported; the backwards reading adds only what it alone finds.
    private static bool Covered(ICollection<Finding> findings, Finding f)
    {
        foreach (var existing in findings)
            if (existing.Label == f.Label && existing.Start < f.End && f.Start < existing.End) return true;
        return false;
    }
}
