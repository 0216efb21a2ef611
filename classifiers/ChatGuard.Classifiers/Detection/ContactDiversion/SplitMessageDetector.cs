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
    /// <summary>
    /// How much of the recent messages is read (characters, from their end): a split handle or number is a few short
    /// pieces, and a finding only counts when it runs into the current message.
    /// </summary>
    public const int MaxContext = 64;

    /// <summary>How much of the current message is read: a handle lies within this reach of its cue.</summary>
    public const int MaxLead = 96;

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

    /// <summary>A message this short may be one piece of a spelled-out cue (加我 / 微 / 信); reading it again is cheap.</summary>
    public const int MaxCuePiece = 3;

    /// <summary>
    /// Cost (issue 16): a contact detail split over messages ends in a number or a handle (139 / 0013 / 2288, 加我 / 微 /
    /// lily7788, taotao88 / 点com), or in a cue spelled a character or two at a time (加我 / 微 / 信), so a longer message
    /// with no Latin letter, no digit and no run of numerals — most Chinese chat — cannot complete one, and the recent
    /// messages are not read again for it.
    /// </summary>
    private static bool MayCompleteContact(NormalizedText text)
    {
        var folded = text.Folded.Text;
        if (folded.Length <= MaxCuePiece) return true;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsAsciiLetterOrDigit(c) || c == '@') return true;
            // Numerals spell a number only two or more in a row (二二八八, 幺三九); 一 alone is a word (一下, 一个).
            if (DigitForms.Value(c) >= 0 && i + 1 < folded.Length && DigitForms.Value(folded[i + 1]) >= 0) return true;
        }
        return false;
    }

    /// <summary>
    /// The last <see cref="MaxContext"/> characters of the recent messages, oldest first, a line each, then the first
    /// <see cref="MaxLead"/> of the current one (cost, issue 16: the re-scan reads only what a split detail can span).
    /// </summary>
    private static (string Text, int[] Starts) Join(IReadOnlyList<string> recent, string current)
    {
        var first = recent.Count;
        var length = 0;
        var cut = 0; // characters dropped from the front of the oldest message read
        while (first > 0 && length < MaxContext)
        {
            var piece = recent[--first].Length + 1;
            if (length + piece > MaxContext) cut = WholeCharacters(recent[first], length + piece - MaxContext);
            length += piece - cut;
        }
        var lead = current.Length <= MaxLead ? current.Length : WholeCharacters(current, MaxLead, forward: false);
        var builder = new StringBuilder(length + lead);
        var starts = new int[recent.Count - first + 1];
        for (var i = first; i < recent.Count; i++)
        {
            starts[i - first] = builder.Length;
            builder.Append(recent[i].AsSpan(i == first ? cut : 0)).Append('\n');
        }
        starts[^1] = builder.Length;
        builder.Append(current.AsSpan(0, lead));
        return (builder.ToString(), starts);
    }

    /// <summary>A cut position that does not split a surrogate pair: <paramref name="at"/> moved by one, forward or back.</summary>
    private static int WholeCharacters(string s, int at, bool forward = true)
    {
        at = Math.Clamp(at, 0, s.Length);
        if (at > 0 && at < s.Length && char.IsLowSurrogate(s[at])) at += forward ? 1 : -1;
        return at;
    }
}
