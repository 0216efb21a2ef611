using System.Buffers;
using System.Globalization;
using System.Text;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Lexicon;

/// <summary>
/// A set of <see cref="LexiconFile"/>s compiled for matching: every term of every family in one
/// Aho–Corasick automaton over the compact view, and the rules with family names resolved to ids.
/// Immutable; a reload builds a new one and swaps it in.
/// </summary>
public sealed class CompiledLexicon
{
    private readonly AhoCorasick _matcher;
    private readonly PatternEntry[][] _entries; // per pattern: the families it belongs to and its boundary needs
    private readonly Dictionary<string, int> _familyIds;

    public CompiledLexicon(IEnumerable<LexiconFile> files, ITextNormalizer normalizer)
    {
        var fileList = files.ToList();
        _familyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var patternIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var patterns = new List<string>();
        var entries = new List<List<PatternEntry>>();
        var paymentChannels = new List<string>();
        foreach (var file in fileList)
        {
            foreach (var (family, terms) in file.Families)
            {
                var familyId = FamilyId(QualifiedName(file, family));
                foreach (var raw in WithSpellings(file, family, terms))
                {
                    var left = !raw.StartsWith('*');
                    var right = !raw.EndsWith('*');
                    RejectDroppedSymbols(raw, family, normalizer);
                    var compact = normalizer.Normalize(raw.Trim('*')).Compact.Text;
                    if (compact.Length == 0) continue;
                    if (QualifiedName(file, family) == PaymentChannelFamily) paymentChannels.Add(compact);
                    if (!patternIds.TryGetValue(compact, out var id))
                    {
                        id = patterns.Count;
                        patternIds[compact] = id;
                        patterns.Add(compact);
                        entries.Add([]);
                    }
                    entries[id].Add(new PatternEntry(familyId,
                        left ? ScriptOf(compact[0]) : WordScript.None,
                        right ? ScriptOf(compact[^1]) : WordScript.None));
                }
            }
        }
        _matcher = new AhoCorasick(patterns);
        Terms = patterns;
        MaxTermLength = patterns.Count == 0 ? 0 : patterns.Max(p => p.Length);
        _entries = [.. entries.Select(e => e.ToArray())];
        var rules = new List<CompiledRule>();
        foreach (var file in fileList)
            foreach (var rule in file.Rules)
            {
                int Resolve(string name) =>
                    _familyIds.TryGetValue(QualifiedName(file, name), out var own) ? own
                    : _familyIds.TryGetValue(name, out var shared) ? shared
                    : throw new InvalidDataException($"lexicon rule '{rule.Id}' ({file.Label}) uses undefined family '{name}'");
                if (rule.AlsoLabels.FirstOrDefault(l => !Labels.Text.Contains(l) || l == file.Label) is { } bad)
                    throw new InvalidDataException($"lexicon rule '{rule.Id}' ({file.Label}) names '{bad}' in alsoLabels: not another text label");
                rules.Add(new CompiledRule(file.Label, file.RuleId, rule, Resolve(rule.Anchor),
                    [.. rule.Near.Select(Resolve)], [.. rule.NearBefore.Select(Resolve)], [.. rule.NearAfter.Select(Resolve)], [.. rule.Unless.Select(Resolve)], [.. rule.UnlessAfter.Select(Resolve)], [.. rule.Except.Select(Resolve)],
                    Roles(rule.Senders, rule.Id)));
            }
        Rules = rules;
        TermCount = patterns.Count;
        NegationQuestion = FamilyId(NegationQuestionFamily);
        WarningContext = FamilyId(WarningContextFamily);
        WarningBait = FamilyId(WarningBaitFamily);
        PaymentChannelTerms = [.. paymentChannels.Distinct().OrderByDescending(t => t.Length)];
        PaymentChannels = SearchValues.Create([.. PaymentChannelTerms], StringComparison.Ordinal);
    }

    /// <summary>The family of payment channels that <see cref="ContactDiversion.PaymentAccountDiversion"/> looks for.</summary>
    public const string PaymentChannelFamily = Labels.OffPlatformPayment + "/payment_channel";

    /// <summary>The compact terms of <see cref="PaymentChannelFamily"/>, matched anywhere (none when no file defines it).</summary>
    public SearchValues<string> PaymentChannels { get; }

    /// <summary>The same terms, longest first: which one a <see cref="PaymentChannels"/> match is.</summary>
    public IReadOnlyList<string> PaymentChannelTerms { get; }

    /// <summary>The family of anti-fraud warning words; rules marked <see cref="LexiconRule.ExceptInWarning"/> skip a message with one.</summary>
    public const string WarningContextFamily = "warning_context";

    public int WarningContext { get; }

    /// <summary>The family of a scam notice's own threats and senders (涉及诈骗案件, 反诈骗专线): a warning word inside one warns of nothing.</summary>
    public const string WarningBaitFamily = "warning_bait";

    public int WarningBait { get; }

    /// <summary>The family of A-not-A questions (能不能, 是不是): a negator inside one of them negates nothing.</summary>
    public const string NegationQuestionFamily = "negation_question";

    public IReadOnlyList<CompiledRule> Rules { get; }

    public int NegationQuestion { get; }

    public int TermCount { get; }

    /// <summary>Every distinct term, in its compact form (what the automaton matches).</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The longest term, in compact characters (bounds how far back a hit can start).</summary>
    public int MaxTermLength { get; }

    public int FamilyCount => _familyIds.Count;

    /// <summary>
    /// The id of a family by its qualified name (<c>label/family</c>; a shared family bare), as <see cref="TermHit.Family"/>
    /// gives it; -1 where no file defines it. For detectors that read a family beside the rules.
    /// </summary>
    public int FamilyIdOf(string qualifiedName) => _familyIds.GetValueOrDefault(qualifiedName, -1);

    /// <summary>The id of a family name (a name no file defines gets an id that never matches).</summary>
    private int FamilyId(string name)
    {
        if (!_familyIds.TryGetValue(name, out var id))
        {
            id = _familyIds.Count;
            _familyIds[name] = id;
        }
        return id;
    }

    /// <summary>Every family term in the compact view of <paramref name="text"/>, in order of their end.</summary>
    public void Match(NormalizedText text, List<TermHit> hits)
    {
        var state = new MatchState(this, text, hits);
        _matcher.Scan(text.Compact.Text, ref state, static (ref MatchState s, int pattern, int start, int end) => s.Add(pattern, start, end));
    }

    /// <summary>
    /// What a term's edge must not touch: a Latin letter or digit, as before, or — for a term that starts or ends with a
    /// Cyrillic letter — another Cyrillic letter (C3: <c>клад</c> is not in <c>склад</c>, <c>соль</c> not in <c>фасоль</c>).
    /// Chinese has no spaces to judge by and needs none.
    /// </summary>
    private enum WordScript : byte { None, Latin, Cyrillic }

    private static WordScript ScriptOf(char c) =>
        char.IsAsciiLetterOrDigit(c) ? WordScript.Latin
        : c is >= '\u0400' and <= '\u052F' && char.IsLetter(c) ? WordScript.Cyrillic
        : WordScript.None;

    /// <summary>
    /// A term is matched in its normalized form: an emoji or symbol the normalizer has no reading for folds away
    /// (🦄店 would match every 店), so such a term is refused when the list loads instead of silently matching wrong.
    /// </summary>
    private static void RejectDroppedSymbols(string term, string family, ITextNormalizer normalizer)
    {
        foreach (var rune in term.EnumerateRunes())
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol && normalizer.Normalize(rune.ToString()).Compact.Length == 0)
                throw new InvalidDataException($"lexicon term '{term}' ({family}) holds {rune}, which normalization drops: write the word it stands for");
    }

    /// <summary>A family's terms, plus the pinyin spellings and initials of its Chinese terms where the file asks for them.</summary>
    private static IEnumerable<string> WithSpellings(LexiconFile file, string family, string[] terms)
    {
        var spell = file.PinyinFamilies.Contains(family, StringComparer.Ordinal);
        var initials = file.InitialsFamilies.Contains(family, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            yield return term;
            if (!term.All(c => c is >= '\u4E00' and <= '\u9FFF')) continue;
            if (spell && Pinyin.Spell(term) is { } spelled) yield return spelled;
            if (initials && term.Length >= 2 && Pinyin.Initials(term) is { } abbreviated) yield return abbreviated;
        }
    }

    private static HashSet<SenderRole> Roles(string[] names, string ruleId)
    {
        var roles = new HashSet<SenderRole>();
        foreach (var name in names)
        {
            if (!Enum.TryParse<SenderRole>(name, ignoreCase: true, out var role) || role == SenderRole.Unknown)
                throw new InvalidDataException($"lexicon rule '{ruleId}' names an unknown sender '{name}'");
            roles.Add(role);
        }
        return roles;
    }

    // A label's families are its own (two files may both have a "brand_ref"); files without a label share theirs.
    private static string QualifiedName(LexiconFile file, string family) => file.Label.Length == 0 ? family : $"{file.Label}/{family}";

    /// <param name="LeftBoundary">The script the character before a hit must not be in (<see cref="WordScript.None"/>: anything may touch it).</param>
    private readonly record struct PatternEntry(int Family, WordScript LeftBoundary, WordScript RightBoundary);

    private readonly struct MatchState(CompiledLexicon lexicon, NormalizedText text, List<TermHit> hits)
    {
        public void Add(int pattern, int start, int end)
        {
            foreach (var entry in lexicon._entries[pattern])
            {
                if (entry.LeftBoundary != WordScript.None && !BoundaryBefore(start, entry.LeftBoundary)) continue;
                if (entry.RightBoundary != WordScript.None && !BoundaryAfter(end - 1, entry.RightBoundary)) continue;
                hits.Add(new TermHit(entry.Family, start, end));
            }
        }

        // Word boundaries are judged in the folded view, where spaces and punctuation still are.
        private bool BoundaryBefore(int compactIndex, WordScript script)
        {
            var f = text.CompactToFolded(compactIndex);
            return f == 0 || ScriptOf(text.Folded.Text[f - 1]) != script;
        }

        private bool BoundaryAfter(int compactIndex, WordScript script)
        {
            var f = text.CompactToFolded(compactIndex);
            return f + 1 >= text.Folded.Length || ScriptOf(text.Folded.Text[f + 1]) != script;
        }
    }
}
