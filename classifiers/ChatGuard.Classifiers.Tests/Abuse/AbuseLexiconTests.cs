using System.Text.Json;
using ChatGuard.Classifiers.Detection.Abuse;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// The keys of the C2 patterns (cost, issue 16) leave matching unchanged: a text without a key could not have matched,
/// and ordinary shop talk has none, so the regex is skipped for it.
/// </summary>
public class AbuseLexiconTests
{
    private static readonly TextNormalizer Normalizer = new();

    [Fact]
    public void Every_match_in_the_corpora_holds_a_key_of_its_pattern()
    {
        var matches = 0;
        foreach (var text in CorpusTexts())
        {
            var normalized = Normalizer.Normalize(text);
            matches += CheckKeys(AbuseLexicon.Strong, normalized.Text);
            matches += CheckKeys(AbuseLexicon.StrongCompact, normalized.Compact.Text);
            if (MaskedWords.ReadBack(normalized.Text) is { } readBack) matches += CheckKeys(AbuseLexicon.English, readBack);
        }
        Assert.True(matches > 100, $"only {matches} matches of keyed patterns: the corpora no longer exercise the keys");
    }

    [Fact]
    public void The_masks_name_every_pattern_and_read_the_compact_view_with_Chinese_ones_only()
    {
        var patterns = AbuseLexicon.Patterns.Patterns.ToArray();

        Assert.Equal(AbuseLexicon.Strong, (1UL << patterns.Length) - 1);
        Assert.Equal(AbuseLexicon.Strong, AbuseLexicon.English | AbuseLexicon.StrongCompact | 1UL << 1 | 1UL << 2); // regional insults, Chinese curses: folded text only
        Assert.All(Enumerable.Range(0, patterns.Length).Where(p => (AbuseLexicon.StrongCompact & 1UL << p) != 0),
            p => Assert.False(patterns[p].KeysStartWords, "the compact view has no word starts"));
        Assert.Equal(0UL, AbuseLexicon.English & AbuseLexicon.StrongCompact);
    }

    [Theory]
    [InlineData("fuck you", 6)] // EnglishCurse
    [InlineData("f.u.c.k off", 6)] // its gate: no literal keys the spelled-out word
    [InlineData("k.y.s", 6)]
    [InlineData("send me a pic of you in your underwear", 8)] // EnglishHarassment
    [InlineData("你 妈 的", 2)] // ChineseCurse, spaced
    [InlineData("cao ni ma", 2)]
    [InlineData("我知道你家在哪", 3)] // ChineseThreat
    [InlineData("美女晚上有空吗", 4)] // ChineseHarassment
    [InlineData("eres un pendejo", 12)] // WorldInsult
    [InlineData("what a bampot", 12)]
    [InlineData("your whole family will regret this", 13)] // WorldThreat
    [InlineData("kitna loge ek raat", 14)] // WorldHarassment
    [InlineData("l_o_s_e_r", 15)] // SpelledOutInsult: its gate finds the underscores
    [InlineData("s t u p i d", 15)] // and its keys the spaced letters
    public void A_match_of_a_pattern_finds_its_key(string text, int pattern)
    {
        var folded = Normalizer.Normalize(text).Text;

        Assert.Matches(AbuseLexicon.Patterns.Patterns[pattern].Regex, folded);
        Assert.NotEqual(0UL, AbuseLexicon.Patterns.MayMatch(folded, 1UL << pattern));
    }

    [Theory]
    [InlineData("亲，您的订单已经发货了，预计明天送达，有问题随时找我们客服")]
    [InlineData("請問這款有黑色的M碼嗎？我想買兩件")]
    [InlineData("Hi, is this available in size 8? Can you ship it before Friday please")]
    [InlineData("亲，your order 已经 packed 了，tracking 明天更新")]
    [InlineData("Great, the payment and the deposit went through, the digital voucher shows at the minimum spend")] // keys inside words
    [InlineData("Hope the battery lasts, the watches are online at a better price than the shop window, most buyers pick the black one")] // words that begin a threat's or an insult's phrase
    public void Ordinary_shop_talk_holds_no_key(string text)
    {
        var normalized = Normalizer.Normalize(text);

        Assert.Equal(0UL, AbuseLexicon.Patterns.MayMatch(normalized.Text, AbuseLexicon.Strong));
        Assert.Equal(0UL, AbuseLexicon.Patterns.MayMatch(normalized.Compact.Text, AbuseLexicon.StrongCompact));
    }

    private static int CheckKeys(ulong among, string view)
    {
        var matches = 0;
        var patterns = AbuseLexicon.Patterns;
        var mayMatch = patterns.MayMatch(view, among);
        for (var p = 0; p < patterns.Patterns.Length; p++)
        {
            if ((among & 1UL << p) == 0 || !patterns.Patterns[p].Regex.IsMatch(view)) continue;
            matches++;
            Assert.True((mayMatch & 1UL << p) != 0, $"pattern {p} ({patterns.Patterns[p].Kind}) matched '{patterns.Patterns[p].Regex.Match(view).Value}' with none of its keys in: {view}");
        }
        return matches;
    }

    /// <summary>The texts of classifiers/corpus/*.jsonl (the corpus and the hand-written holdouts), found above the test's directory.</summary>
    private static IEnumerable<string> CorpusTexts()
    {
        var folder = CorpusFolder();
        foreach (var file in Directory.EnumerateFiles(folder, "*.jsonl"))
            foreach (var line in File.ReadLines(file))
                if (line.Length > 0) yield return JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
    }

    private static string CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "classifiers", "corpus");
            if (File.Exists(Path.Combine(path, "corpus.jsonl"))) return path;
        }
        throw new DirectoryNotFoundException("classifiers/corpus not found above the test's directory");
    }
}
