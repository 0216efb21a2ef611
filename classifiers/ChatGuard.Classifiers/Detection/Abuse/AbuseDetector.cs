using System.Buffers;
using System.Numerics;
using System.Text.RegularExpressions;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2 (RULES.md): personal attacks, insults, curses, threats, harassment named by <see cref="AbuseLexicon"/>, as
/// <c>abuse</c> spans where a term matched. The learned half of the label is one head of
/// <see cref="Learned.LearnedLabelDetector"/>. Nothing is allocated unless something is found.
/// </summary>
public sealed class AbuseDetector : IDetector
{
    public const string RuleId = "C2";

    /// <summary>Punctuation that ends a clause; spacing, dots and stars inside a term (垃 圾 店, 骗.子) do not.</summary>
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，。！？；、,!?;\n");

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        var patterns = AbuseLexicon.Patterns;
        if (AddCommitted(text, text.Text, patterns.MayMatch(text.Text, AbuseLexicon.Strong), fromCompact: false, findings)) return;

        // C2: masked or leet English (f*cking, id10t, a$$hole) read back letter for letter; offsets are the folded ones.
        if (MaskedWords.ReadBack(text.Text) is { } readBack
            && AddCommitted(text, readBack, patterns.MayMatch(readBack, AbuseLexicon.English), fromCompact: false, findings)) return;

        // Spacing or punctuation inside a Chinese term (垃 圾 店, 骗.子): the compact view reads it whole.
        var compact = text.Compact.Text;
        AddCommitted(text, compact, patterns.MayMatch(compact, AbuseLexicon.StrongCompact), fromCompact: true, findings);
    }

    /// <summary>
    /// C2: adds every match of the <paramref name="candidates"/> patterns in one reading of the message that commits
    /// abuse; whether any did. The folded text and the masked read-back share offsets and punctuation; matches in the
    /// compact view are mapped back to the folded text, where their sentence is judged.
    /// </summary>
    private static bool AddCommitted(NormalizedText text, string reading, ulong candidates, bool fromCompact, ICollection<Finding> findings)
    {
        var sentence = fromCompact ? text.Text : reading;
        var found = false;
        for (; candidates != 0; candidates &= candidates - 1)
        {
            var pattern = AbuseLexicon.Patterns.Patterns[BitOperations.TrailingZeroCount(candidates)];
            for (var at = 0; NextMatch(pattern.Regex, reading, at, out var index, out var length);)
            {
                at = index + 1;
                var (start, end) = fromCompact
                    ? (text.CompactToFolded(index), text.CompactToFolded(index + length - 1) + 1)
                    : (index, index + length);
                if (!Commits(text, reading, index, length, sentence, start, end, pattern.Kind)) continue;
                Add(text, new Range(start, end), pattern.Kind, findings);
                found = true;
                at = index + Math.Max(length, 1);
            }
        }
        return found;
    }

    /// <summary>
    /// The first match of <paramref name="regex"/> at or after <paramref name="startAt"/>. C2: the scan goes on from the
    /// character after a match, not from its end, so a match turned down does not hide one that starts inside it:
    /// 你个狗 ends inside the word 狗东西 and is refused, and 狗东西 is the insult. After a match kept, it goes on from its end.
    /// </summary>
    private static bool NextMatch(Regex regex, ReadOnlySpan<char> input, int startAt, out int index, out int length)
    {
        if (startAt <= input.Length)
        {
            foreach (var m in regex.EnumerateMatches(input, startAt))
            {
                (index, length) = (m.Index, m.Length);
                return true;
            }
        }
        (index, length) = (0, 0);
        return false;
    }

    /// <summary>
    /// C2: whether a match commits abuse, asked alike of every reading of the message (the folded text, its masked
    /// read-back, its compact view). The match is [<paramref name="readingStart"/>, +<paramref name="readingLength"/>) of
    /// <paramref name="reading"/> and [<paramref name="start"/>, <paramref name="end"/>) of the folded text;
    /// <paramref name="sentence"/> is the folded text or a reading that keeps its offsets, for the reported-speech cues.
    /// </summary>
    private static bool Commits(NormalizedText text, string reading, int readingStart, int readingLength,
        ReadOnlySpan<char> sentence, int start, int end, AbuseKind kind)
    {
        if (!ChineseWords.OnWordBoundaries(reading, readingStart, readingLength)) return false; // 没有病虫害 is not 有病
        if (kind == AbuseKind.Threat && DeniedThreat.Before(sentence, start)) return false; // "we will never leak your details"
        // Issue 16: a reading that dropped separators must not join two clauses: "做工很垃圾，客服也不回" is the product,
        // then the service, not "垃圾客服".
        if (end - start != readingLength && text.Text.AsSpan(start, end - start).IndexOfAny(ClauseBreaks) >= 0) return false;
        if (ReportedNotCommitted(sentence, start, end, kind)) return false;
        return !InsultWordFoldedFromAnother.Applies(text, start, end - start); // đồ ngủ is sleepwear, in every reading
    }

    /// <summary>
    /// C2: the sender reports abuse rather than commits it — what somebody called them, words quoted from someone else,
    /// or a word said of no one in the chat (themself, a pet, a notice's impostor), or taken back as a joke — or the word
    /// is a trade's (a breeder's bitch, a bastard file), at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="folded"/> (the
    /// folded text, or its masked read-back, which keeps the folded offsets and punctuation). Every reading asks this.
    /// </summary>
    private static bool ReportedNotCommitted(ReadOnlySpan<char> folded, int start, int end, AbuseKind kind) =>
        InsultReportedBySpeaker.Reports(folded, start, end) || InsultQuotedFromOthers.Reports(folded, start, end)
        || InsultReportedFromThirdParty.Reports(folded, start, end) || InsultWordNamingAProduct.Applies(folded, start, end)
        || InsultLettersAsACode.Applies(folded, start, end)
        || InsultNamedAsReportedContent.Applies(folded, start, end)
        // A threat is the sender's own act, not self-talk: "I'm coming to your depot and …" is no "I'm such an idiot".
        || (kind != AbuseKind.Threat && (InsultAimedAtNoOneHere.Applies(folded, start, end) || InsultSaidInJest.Applies(folded, start, end)))
        || InsultWordInTradeSense.Applies(folded, start, end);

    /// <param name="folded">The matched range of the folded text.</param>
    private static void Add(NormalizedText text, Range folded, AbuseKind kind, ICollection<Finding> findings)
    {
        var (offset, count) = folded.GetOffsetAndLength(text.Text.Length);
        var (start, length) = text.ToOriginal(offset, count);
        var (severity, detail) = kind switch
        {
            AbuseKind.Threat => (Severity.Critical, "threat"),
            AbuseKind.SexualHarassment => (Severity.High, "sexual harassment"),
            AbuseKind.Curse => (Severity.High, "curse"),
            _ => (Severity.High, "insult"),
        };
        // An insult, curse, threat or harassment term is abusive whatever surrounds it (its look-alikes are excluded).
        findings.Add(new Finding(Labels.Abuse, RuleId, start, length, severity, detail, Evidence.Term, Unambiguous: true));
        // C3: explicit sexual harassment is vulgar content too; its words may be spaced apart (内 衣), as the compact view joins them.
        if (kind == AbuseKind.SexualHarassment && (ExplicitSexualWords.In(text.Text) || ExplicitSexualWords.In(text.Compact.Text)))
            findings.Add(new Finding(Labels.Prohibited, "C3", start, length, Severity.High, "sexual content", Evidence.Term, Unambiguous: true));
        // C3 intimidation: a threat of violence or menace at the person's body, home or family is prohibited content too, on
        // the same span with the same severity (so the same action); a threat of exposure or complaint stays C2 alone.
        if (kind == AbuseKind.Threat && IntimidatingThreat.In(text.Text.AsSpan(offset, count)))
            findings.Add(new Finding(Labels.Prohibited, "C3", start, length, severity, "intimidation", Evidence.Term, Unambiguous: true));
    }
}
