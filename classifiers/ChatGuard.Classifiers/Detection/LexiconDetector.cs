using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection;

/// <summary>
/// Every term-list rule of every label (C1, C3–C8 and whatever else the lexicons define) in one
/// Aho–Corasick pass over the compact view, then the rules: context near the anchor, negation,
/// product-name exceptions and tail patterns. The term lists are data (<see cref="LexiconCatalog"/>).
/// </summary>
public sealed class LexiconDetector(LexiconCatalog lexicons, IEnumerable<ITailPattern> tails) : IDetector
{
    private readonly Dictionary<string, ITailPattern> _tails = tails.ToDictionary(t => t.Name, StringComparer.Ordinal);

    [ThreadStatic] private static List<TermHit>? t_hits;

    public void Detect(NormalizedText text, PolicyProfile profile, ICollection<Finding> findings)
    {
        if (text.Compact.Length == 0) return;
        var lexicon = lexicons.For(profile.Name);
        var hits = t_hits ??= new List<TermHit>(32);
        hits.Clear();
        lexicon.Match(text, hits);
        if (hits.Count == 0) return;
        foreach (var rule in lexicon.Rules) Evaluate(rule, lexicon, text, hits, findings);
    }

    private void Evaluate(CompiledRule rule, CompiledLexicon lexicon, NormalizedText text, List<TermHit> hits, ICollection<Finding> findings)
    {
        var source = rule.Source;
        foreach (var anchor in hits)
        {
            if (anchor.Family != rule.Anchor) continue;
            if (source.AtStart is { } maxStart && anchor.Start > maxStart) continue;
            if (Negated(rule, lexicon, anchor, hits) || Excepted(rule, anchor, hits)) continue;
            int start = anchor.Start, end = anchor.End;
            var satisfied = true;
            foreach (var (families, direction) in (ReadOnlySpan<(int[], Direction)>)[(rule.Near, Direction.Any), (rule.NearBefore, Direction.Before), (rule.NearAfter, Direction.After)])
            {
                foreach (var family in families)
                {
                    var near = FindNear(rule, lexicon, anchor, family, direction, hits);
                    if (near is not { } n) { satisfied = false; break; }
                    start = Math.Min(start, n.Start);
                    end = Math.Max(end, n.End);
                }
                if (!satisfied) break;
            }
            if (!satisfied) continue;

            var (origStart, origLength) = text.Compact.ToOriginal(start, end - start);
            var origEnd = origStart + origLength;
            if (source.Tail is { } tailName)
            {
                if (!_tails.TryGetValue(tailName, out var tail)) continue;
                var from = text.CompactToFolded(anchor.End - 1) + 1;
                if (tail.Match(text, from) is not { } t) continue;
                var (tailStart, tailLength) = text.Folded.ToOriginal(t.Start, t.End - t.Start);
                origStart = Math.Min(origStart, tailStart);
                origEnd = Math.Max(origEnd, tailStart + tailLength);
            }
            Add(findings, new Finding(rule.Label, rule.RuleId, origStart, origEnd - origStart, source.Severity, source.Id));
        }
    }

    private static void Add(ICollection<Finding> findings, Finding finding)
    {
        foreach (var f in findings)
            if (f.Label == finding.Label && f.Start == finding.Start && f.Length == finding.Length) return;
        findings.Add(finding);
    }

    private enum Direction { Any, Before, After }

    private static TermHit? FindNear(CompiledRule rule, CompiledLexicon lexicon, TermHit anchor, int family, Direction direction, List<TermHit> hits)
    {
        TermHit? best = null;
        var bestGap = int.MaxValue;
        foreach (var h in hits)
        {
            if (h.Family != family || (h.Start == anchor.Start && h.End == anchor.End)) continue;
            if (direction == Direction.After && h.Start < anchor.End) continue;
            if (direction == Direction.Before && h.End > anchor.Start) continue;
            var gap = Gap(anchor, h);
            if (gap > rule.Source.Within || gap >= bestGap || Negated(rule, lexicon, h, hits)) continue;
            best = h;
            bestGap = gap;
        }
        return best;
    }

    private static bool Negated(CompiledRule rule, CompiledLexicon lexicon, TermHit target, List<TermHit> hits)
    {
        if (rule.Unless.Length == 0) return false;
        foreach (var h in hits)
        {
            if (h.End > target.Start || target.Start - h.End > rule.Source.NegationWindow) continue;
            if (Array.IndexOf(rule.Unless, h.Family) >= 0 && !InsideQuestion(lexicon, h, hits)) return true;
        }
        return false;
    }

    private static bool InsideQuestion(CompiledLexicon lexicon, TermHit negator, List<TermHit> hits)
    {
        foreach (var h in hits)
            if (h.Family == lexicon.NegationQuestion && h.Start <= negator.Start && h.End >= negator.Start + 1) return true;
        return false;
    }

    private static bool Excepted(CompiledRule rule, TermHit anchor, List<TermHit> hits)
    {
        if (rule.Except.Length == 0) return false;
        foreach (var h in hits)
            if (Gap(anchor, h) <= rule.Source.ExceptWithin && Array.IndexOf(rule.Except, h.Family) >= 0) return true;
        return false;
    }

    private static int Gap(TermHit a, TermHit b) =>
        b.End <= a.Start ? a.Start - b.End : b.Start >= a.End ? b.Start - a.End : 0;
}
