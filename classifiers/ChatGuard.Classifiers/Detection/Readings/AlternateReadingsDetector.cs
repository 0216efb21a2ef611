using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Readings;

/// <summary>
/// Runs cue-based detectors over the other readings of a message — right to left (<c>8877ylil 信微加</c>) and the
/// first characters of its lines (an acrostic) — and reports what they find where it stands in the message.
/// Only detectors that need a cue word are given here: a bare number read backwards is just another number. A message
/// is read backwards only when it holds something an account or number could be (a run of Latin letters or digits).
/// </summary>
public sealed class AlternateReadingsDetector(ITextNormalizer normalizer, IReadOnlyList<IDetector> cueDetectors) : IDetector
{
    /// <summary>Longer messages are not read backwards: the evasion is a short message, and the cost grows with length.</summary>
    public const int MaxLength = 400;

    private static readonly TextReading[] Readings = [TextReading.Reversed, TextReading.Acrostic];

    /// <summary>
    /// What senders hide this way: contact details, payment off the platform, paid reviews. Other labels' terms turn
    /// up by chance in backward English ("per" reads "rep"), so only these labels' findings are reported.
    /// </summary>
    public static readonly IReadOnlyList<string> HiddenLabels = [Labels.ContactDiversion, Labels.OffPlatformPayment, Labels.ReviewSolicitation];

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        var original = text.Original;
        if (original.Length is 0 or > MaxLength) return;
        List<Finding>? found = null;
        foreach (var reading in Readings)
        {
            if (reading == TextReading.Acrostic ? original.AsSpan().Count('\n') < 2 : !HasAccountLikeRun(original)) continue;
            var alternate = normalizer.Normalize(original, reading);
            if (alternate.Compact.Length == 0) continue;
            (found ??= []).Clear();
            foreach (var detector in cueDetectors) detector.Detect(alternate, context, found);
            foreach (var f in found)
                if (HiddenLabels.Contains(f.Label) && !Covered(findings, f)) findings.Add(f with { Detail = $"{f.Detail} (read {Name(reading)})" });
        }
    }

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

    private static string Name(TextReading reading) => reading == TextReading.Reversed ? "backwards" : "as an acrostic";

    // What the message says forwards is already reported; the backwards reading adds only what it alone finds.
    private static bool Covered(ICollection<Finding> findings, Finding f)
    {
        foreach (var existing in findings)
            if (existing.Label == f.Label && existing.Start < f.End && f.Start < existing.End) return true;
        return false;
    }
}
