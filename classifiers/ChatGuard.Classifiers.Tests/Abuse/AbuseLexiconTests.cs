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
        }
        Assert.True(matches > 100, $"only {matches} matches of keyed patterns: the corpora no longer exercise the keys");
    }

    [Theory]
    [InlineData("亲，您的订单已经发货了，预计明天送达，有问题随时找我们客服")]
    [InlineData("請問這款有黑色的M碼嗎？我想買兩件")]
    [InlineData("Hi, is this available in size 8? Can you ship it before Friday please")]
    [InlineData("亲，your order 已经 packed 了，tracking 明天更新")]
    [InlineData("Great, the payment and the deposit went through, the digital voucher shows at the minimum spend")] // keys inside words
    public void Ordinary_shop_talk_holds_no_key(string text)
    {
        var normalized = Normalizer.Normalize(text);
        var keyed = AbuseLexicon.Strong.ToArray().Where(p => p.Keys is not null).ToArray();

        Assert.NotEmpty(keyed);
        Assert.All(keyed, p => Assert.False(p.MayMatch(normalized.Text), $"{p.Kind} pattern keys found in ordinary talk"));
    }

    private static int CheckKeys(ReadOnlySpan<AbusePattern> patterns, string view)
    {
        var matches = 0;
        foreach (var pattern in patterns)
        {
            if (pattern.Keys is null || !pattern.Regex.IsMatch(view)) continue;
            matches++;
            Assert.True(pattern.MayMatch(view), $"{pattern.Kind} pattern matched '{pattern.Regex.Match(view).Value}' with none of its keys in: {view}");
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
