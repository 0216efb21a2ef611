using System.Buffers;
using System.Runtime.InteropServices;
using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection;

/// <summary>
/// Every term-list rule of every label (C1, C3–C8 and whatever else the lexicons define) in one
/// Aho–Corasick pass over the compact view, then the rules: context near the anchor, negation,
/// product-name exceptions and tail patterns. The term lists are data (<see cref="LexiconCatalog"/>).
/// Hits are sorted by start and grouped by family once, so every context lookup is a binary search in the family it
/// looks for plus a short window: a message stuffed with cue words costs O(hits × window), not O(hits²). The windows
/// around the anchor (negation, context, denial, exception) count <see cref="TextDistance"/> units, so they reach about
/// as far in English as in Chinese; atStart counts compact characters.
/// <paramref name="labels"/> (optional) limits the rules judged to those labels' (the split-message re-scan needs C1 only).
/// </summary>
public sealed class LexiconDetector(LexiconCatalog lexicons, IEnumerable<ITailPattern> tails, IReadOnlyCollection<string>? labels = null) : IDetector
{
    private readonly Dictionary<string, ITailPattern> _tails = tails.ToDictionary(t => t.Name, StringComparer.Ordinal);

    [ThreadStatic] private static List<TermHit>? t_hits;

    /// <summary>Punctuation that ends a sentence, the reach of a warning word.</summary>
    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create("。！？；!?;\n");

    /// <summary>How many units (的, 这种, those) may lead a denial that opens the next clause.</summary>
    private const int MaxLeadIn = 3;

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        if (text.Compact.Length == 0) return;
        var lexicon = lexicons.For(context.Profile.Name);
        var hits = t_hits ??= new List<TermHit>(32);
        hits.Clear();
        lexicon.Match(text, hits);
        if (hits.Count == 0)
        {
            if (labels is null) context.ReadsAsWarning = false;
            return;
        }
        SortByStart(CollectionsMarshal.AsSpan(hits));
        // Cost (issue 16): each rule walks only the hits of its anchor family, and each context lookup only the hits of the
        // family it looks for, found by binary search (hit indices grouped by family, each group in start order): windows
        // counted in words reach across many more hits of other families in English text.
        var groupEnd = ArrayPool<int>.Shared.Rent(lexicon.FamilyCount);
        var grouped = ArrayPool<int>.Shared.Rent(hits.Count);
        try
        {
            groupEnd.AsSpan(0, lexicon.FamilyCount).Clear();
            foreach (var hit in hits) groupEnd[hit.Family]++;
            for (int f = 0, start = 0; f < lexicon.FamilyCount; f++) (groupEnd[f], start) = (start, start + groupEnd[f]);
            for (var i = 0; i < hits.Count; i++) grouped[groupEnd[hits[i].Family]++] = i; // each start moves to its group's end
            var index = new Hits(hits, groupEnd, grouped, lexicon, text);
            var warning = index.HasWarning();
            if (labels is null) context.ReadsAsWarning = warning; // the whole message's reading, not a re-scan's
            // Cost (issue 16): a rule whose anchor the message lacks is passed over before anything else is asked of it.
            foreach (var rule in JudgedRules(lexicon))
                if (index.Has(rule.Anchor) && rule.Judges(context.Role))
                    Evaluate(rule, index, text, warning && rule.Source.ExceptInWarning, findings);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(groupEnd);
            ArrayPool<int>.Shared.Return(grouped);
        }
        if (hits.Capacity > 4096) t_hits = null; // do not keep a hostile message's buffer alive on the thread
    }

    /// <summary>The rules of <paramref name="lexicon"/> this detector judges, in the lexicon's order.</summary>
    private IReadOnlyList<CompiledRule> JudgedRules(CompiledLexicon lexicon)
    {
        if (labels is null) return lexicon.Rules;
        // Cost (issue 16): the labels' rules are picked once per compiled lexicon (a reload builds a new one), not per scan.
        var judged = _judged;
        if (judged?.Lexicon != lexicon) _judged = judged = new RulesOfLabels(lexicon, [.. lexicon.Rules.Where(r => labels.Contains(r.Label))]);
        return judged.Rules;
    }

    private RulesOfLabels? _judged;

    private sealed record RulesOfLabels(CompiledLexicon Lexicon, CompiledRule[] Rules);

    /// <summary>
    /// Sorts hits by start, then end. Cost (issue 16): the automaton reports them by end, so a hit moves back only past
    /// hits starting inside it; insertion sort is linear in the hits times a term's length, and needs no comparer calls.
    /// </summary>
    private static void SortByStart(Span<TermHit> hits)
    {
        for (var i = 1; i < hits.Length; i++)
        {
            var hit = hits[i];
            var j = i - 1;
            for (; j >= 0 && (hits[j].Start > hit.Start || (hits[j].Start == hit.Start && hits[j].End > hit.End)); j--) hits[j + 1] = hits[j];
            hits[j + 1] = hit;
        }
    }

    /// <param name="warningApplies">The rule is one a warning switches off, and the message holds a warning word.</param>
    private void Evaluate(CompiledRule rule, Hits index, NormalizedText text, bool warningApplies, ICollection<Finding> findings)
    {
        var source = rule.Source;
        foreach (var a in index.OfFamily(rule.Anchor))
        {
            var anchor = index.All[a];
            // atStart stays in characters: in words, "I contacted TikTok Shop support" would open with a notice header.
            if (source.AtStart is { } maxStart && anchor.Start > maxStart) continue;
            if (index.Negated(rule, anchor) || index.DeniedAfter(rule, anchor, text) || index.Excepted(rule, anchor)) continue;
            int start = anchor.Start, end = anchor.End;
            if (!index.Near(rule, rule.Near, Direction.Any, anchor, ref start, ref end)
                || !index.Near(rule, rule.NearBefore, Direction.Before, anchor, ref start, ref end)
                || !index.Near(rule, rule.NearAfter, Direction.After, anchor, ref start, ref end)) continue;
            if (warningApplies && index.Warned(start, end, text)) continue;

            var (origStart, origLength) = text.Compact.ToOriginal(start, end - start);
            var origEnd = origStart + origLength;
            var evidence = Evidence.Term;
            if (source.Tail is { } tailName)
            {
                if (!_tails.TryGetValue(tailName, out var tail)) continue;
                var from = text.CompactToFolded(anchor.End - 1) + 1;
                if (tail.Match(text, from) is not { } t) continue;
                var (tailStart, tailLength) = text.Folded.ToOriginal(t.Start, t.End - t.Start);
                origStart = Math.Min(origStart, tailStart);
                origEnd = Math.Max(origEnd, tailStart + tailLength);
                evidence = tail.Evidence;
            }
            var forBuyer = rule.Senders.Contains(SenderRole.Buyer);
            Add(findings, new Finding(rule.Label, rule.RuleId, origStart, origEnd - origStart, source.Severity, source.Id, evidence, Unambiguous: source.Unambiguous, ForBuyer: forBuyer));
            foreach (var also in source.AlsoLabels)
                Add(findings, new Finding(also, Labels.RuleOf(also), origStart, origEnd - origStart, source.Severity, source.Id, evidence, Unambiguous: source.Unambiguous, ForBuyer: forBuyer));
        }
    }

    private static void Add(ICollection<Finding> findings, Finding finding)
    {
        // Duplicates come from neighbouring anchors of the same rule: the last few findings are enough to check. A rule
        // written for a buyer's message (ForBuyer) outranks an every-sender rule on the same span: the policy drops a
        // shop-only label's finding in a buyer's message unless a buyer's rule made it.
        var checkedCount = 0;
        if (findings is IList<Finding> list)
        {
            for (var i = list.Count - 1; i >= 0 && checkedCount++ < 16; i--)
            {
                if (!Same(list[i], finding)) continue;
                if (finding.ForBuyer && !list[i].ForBuyer) list[i] = finding;
                return;
            }
        }
        else if (findings.Any(f => Same(f, finding))) return;
        findings.Add(finding);
    }

    private static bool Same(Finding a, Finding b) => a.Label == b.Label && a.Start == b.Start && a.Length == b.Length;

    private enum Direction { Any, Before, After }

    /// <summary>The message's hits sorted by start, linked per family, with the windowed lookups the rules need.</summary>
    private readonly struct Hits(List<TermHit> hits, int[] groupEnd, int[] grouped, CompiledLexicon lexicon, NormalizedText text)
    {
        public List<TermHit> All => hits;

        /// <summary>Computed on first use (cost, issue 16): a message whose hits anchor no rule never needs it.</summary>
        private TextDistance Distance => text.Distance;

        /// <summary>Whether <paramref name="family"/> has a hit.</summary>
        public bool Has(int family) => !OfFamily(family).IsEmpty;

        /// <summary>Indices of the hits of <paramref name="family"/>, in start order.</summary>
        public ReadOnlySpan<int> OfFamily(int family)
        {
            var start = family == 0 ? 0 : groupEnd[family - 1];
            return grouped.AsSpan(start, groupEnd[family] - start);
        }

        /// <summary>Position in <paramref name="group"/> of its first hit starting at or after <paramref name="start"/>.</summary>
        private int LowerBound(ReadOnlySpan<int> group, int start)
        {
            int lo = 0, hi = group.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (hits[group[mid]].Start < start) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        public bool Near(CompiledRule rule, int[] families, Direction direction, TermHit anchor, ref int start, ref int end)
        {
            foreach (var family in families)
            {
                if (FindNear(rule, anchor, family, direction) is not { } n) return false;
                start = Math.Min(start, n.Start);
                end = Math.Max(end, n.End);
            }
            return true;
        }

        private TermHit? FindNear(CompiledRule rule, TermHit anchor, int family, Direction direction)
        {
            var within = rule.Source.Within;
            TermHit? best = null;
            var bestGap = int.MaxValue;
            var group = OfFamily(family);
            for (var k = LowerBound(group, Distance.StartWithin(anchor.Start, within) - lexicon.MaxTermLength); k < group.Length; k++)
            {
                var h = hits[group[k]];
                if (Distance.Between(anchor.End, h.Start) > within) break;
                if (h.Start == anchor.Start && h.End == anchor.End) continue;
                if (direction == Direction.After && h.Start < anchor.End) continue;
                if (direction == Direction.Before && h.End > anchor.Start) continue;
                var gap = Gap(anchor, h);
                if (gap > within || gap >= bestGap || Negated(rule, h)) continue;
                best = h;
                bestGap = gap;
            }
            return best;
        }

        public bool Negated(CompiledRule rule, TermHit target)
        {
            if (rule.Unless.Length == 0) return false;
            var window = rule.Source.NegationWindow;
            foreach (var family in rule.Unless)
            {
                var group = OfFamily(family);
                for (var k = LowerBound(group, Distance.StartWithin(target.Start, window) - lexicon.MaxTermLength); k < group.Length; k++)
                {
                    var h = hits[group[k]];
                    if (h.Start >= target.Start) break;
                    if (h.End > target.Start || Distance.Between(h.End, target.Start) > window) continue;
                    if (!InsideQuestion(h)) return true;
                }
            }
            return false;
        }

        /// <summary>
        /// Whether a warning word (别点, 严禁销售, 谨防) stands in the anchor's sentence: a warning covers what it names, not a
        /// later sentence that offers the thing ("严禁销售仿品。高仿现货，加微信").
        /// </summary>
        /// <param name="start">Start of the finding (anchor and its context) in the compact view.</param>
        /// <param name="end">End of the finding in the compact view.</param>
        public bool Warned(int start, int end, NormalizedText text)
        {
            foreach (var w in OfFamily(lexicon.WarningContext))
            {
                var warning = hits[w];
                if (InsideBait(warning)) continue;
                if (warning.End > start && warning.Start < end) return true;
                var (gapStart, gapEnd) = warning.End <= start ? (warning.End, start) : (end, warning.Start);
                var from = text.CompactToFolded(gapStart - 1) + 1;
                var to = text.CompactToFolded(gapEnd);
                if (to <= from || text.Text.AsSpan(from, to - from).IndexOfAny(SentenceBreaks) < 0) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether a denial (一律不做, we don't carry) follows the anchor within the rule's window, in the anchor's clause
        /// or right after it as the next clause ("高仿？我们不做") or as the answer to the question holding it ("私下交易谁负责？我还是
        /// 走平台吧"); a denial after other words of another clause
        /// ("高仿做工好，我们不做差货") denies something else.
        /// </summary>
        public bool DeniedAfter(CompiledRule rule, TermHit anchor, NormalizedText text)
        {
            if (rule.UnlessAfter.Length == 0) return false;
            var window = rule.Source.DenialWindow;
            foreach (var family in rule.UnlessAfter)
            {
                var group = OfFamily(family);
                for (var k = LowerBound(group, anchor.End); k < group.Length && Distance.Between(anchor.End, hits[group[k]].Start) <= window; k++)
                    if (DeniesAnchor(anchor, hits[group[k]], text)) return true;
            }
            return false;
        }

        /// <summary>Whether denial <paramref name="h"/> after the anchor stands in its clause, opens the next one, or answers its question.</summary>
        private bool DeniesAnchor(TermHit anchor, TermHit h, NormalizedText text)
        {
            if (InsideQuestion(h)) return false;
            if (Distance.Between(anchor.End, h.Start) <= MaxLeadIn) return true;
            var from = text.CompactToFolded(anchor.End - 1) + 1;
            var to = text.CompactToFolded(h.Start);
            var gap = text.Text.AsSpan(from, to - from);
            var lastBreak = gap.LastIndexOfAny(ClauseBreaks.Chars);
            if (lastBreak < 0) return true;
            // The speaker's own answer to the question that holds the anchor (私下交易谁负责？我还是走平台吧).
            return gap[lastBreak] is '？' or '?' && gap[..lastBreak].IndexOfAny(SentenceBreaks) < 0 && gap.Length - lastBreak - 1 <= MaxLeadIn;
        }

        /// <summary>Whether a warning word stands in the message outside a scam's own bait.</summary>
        public bool HasWarning()
        {
            foreach (var w in OfFamily(lexicon.WarningContext))
                if (!InsideBait(hits[w])) return true;
            return false;
        }

        // C4, C6 (session 25): the 诈骗 of 涉及诈骗案件 or 反诈骗专线 is the scam notice's own threat or sender, not a warning.
        private bool InsideBait(TermHit warning) => Covered(warning, lexicon.WarningBait);

        // 能不能 / 是不是: the 不 of an A-not-A question negates nothing.
        private bool InsideQuestion(TermHit negator) => Covered(negator, lexicon.NegationQuestion);

        /// <summary>Whether a hit of <paramref name="family"/> covers the start of <paramref name="hit"/>.</summary>
        private bool Covered(TermHit hit, int family)
        {
            var group = OfFamily(family);
            for (var k = LowerBound(group, hit.Start - lexicon.MaxTermLength); k < group.Length && hits[group[k]].Start <= hit.Start; k++)
                if (hits[group[k]].End > hit.Start) return true;
            return false;
        }

        public bool Excepted(CompiledRule rule, TermHit anchor)
        {
            if (rule.Except.Length == 0) return false;
            var within = rule.Source.ExceptWithin;
            foreach (var family in rule.Except)
            {
                var group = OfFamily(family);
                for (var k = LowerBound(group, Distance.StartWithin(anchor.Start, within) - lexicon.MaxTermLength); k < group.Length; k++)
                {
                    var h = hits[group[k]];
                    if (Distance.Between(anchor.End, h.Start) > within) break;
                    if (Gap(anchor, h) <= within) return true;
                }
            }
            return false;
        }

        private int Gap(TermHit a, TermHit b) =>
            b.End <= a.Start ? Distance.Between(b.End, a.Start) : b.Start >= a.End ? Distance.Between(a.End, b.Start) : 0;
    }
}
