using System.Text;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1 over several messages (issue 18): "139" / "0013" / "2288" or "加我" / "微" / "信" / "lily7788" sent one per
/// message. When the scan carries the sender's recent messages, they are read together with the current one, and
/// a finding counts only when it runs into the current message: the message that completes the pattern is the one
/// acted on (what lies wholly in earlier messages was judged when they were sent).
/// </summary>
public sealed class SplitMessageDetector(ITextNormalizer normalizer, IReadOnlyList<IDetector> detectors) : IDetector
{
    /// <summary>How much of the recent messages is read (characters): a split handle or number is a few short pieces.</summary>
    public const int MaxContext = 256;

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        if (context.Options.RecentMessages is not { Count: > 0 } recent || !MayCompleteContact(text)) return;
        var (joined, starts) = Join(recent, text.Original);
        var current = starts[^1];
        var found = new List<Finding>();
        var together = normalizer.Normalize(joined);
        foreach (var detector in detectors) detector.Detect(together, context, found);
        foreach (var f in found)
        {
            if (f.Start >= current || f.End <= current) continue; // wholly in one message: judged on its own
            var spans = 1 + starts.Count(s => s > f.Start && s <= current);
            var finding = f with
            {
                Start = 0,
                Length = Math.Min(f.End - current, text.Original.Length),
                Detail = $"{f.Detail}, spans {spans} messages",
            };
            if (!findings.Any(e => e.Label == finding.Label && e.Start <= finding.Start && e.End >= finding.End)) findings.Add(finding);
        }
    }

    /// <summary>
    /// Cost (issue 16): a contact detail split over messages ends in a number or a handle (139 / 0013 / 2288, 加我 / 微 /
    /// lily7788, taotao88 / 点com), so a message with no Latin letter, no digit and no run of numerals — most Chinese chat —
    /// cannot
    /// complete one, and the recent messages are not read again for it.
    /// </summary>
    private static bool MayCompleteContact(NormalizedText text)
    {
        var folded = text.Folded.Text;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsAsciiLetterOrDigit(c) || c == '@') return true;
            // Numerals spell a number only two or more in a row (二二八八, 幺三九); 一 alone is a word (一下, 一个).
            if (DigitForms.Value(c) >= 0 && i + 1 < folded.Length && DigitForms.Value(folded[i + 1]) >= 0) return true;
        }
        return false;
    }

    /// <summary>The recent messages that fit in <see cref="MaxContext"/>, oldest first, then the current one, a line each.</summary>
    private static (string Text, int[] Starts) Join(IReadOnlyList<string> recent, string current)
    {
        var first = recent.Count;
        var length = 0;
        while (first > 0 && length + recent[first - 1].Length + 1 <= MaxContext) length += recent[--first].Length + 1;
        var builder = new StringBuilder(length + current.Length);
        var starts = new int[recent.Count - first + 1];
        for (var i = first; i < recent.Count; i++)
        {
            starts[i - first] = builder.Length;
            builder.Append(recent[i]).Append('\n');
        }
        starts[^1] = builder.Length;
        builder.Append(current);
        return (builder.ToString(), starts);
    }
}
