using ChatGuard.Classifiers.Detection.Lexicon;

namespace ChatGuard.Classifiers.Tests;

public class AhoCorasickTests
{
    private static List<(int Pattern, int Start, int End)> Matches(AhoCorasick matcher, string text)
    {
        var found = new List<(int, int, int)>();
        matcher.Scan(text, ref found, static (ref List<(int, int, int)> f, int p, int s, int e) => f.Add((p, s, e)));
        return found;
    }

    private static List<(int Pattern, int Start, int End)> Naive(IReadOnlyList<string> patterns, string text)
    {
        var found = new List<(int, int, int)>();
        for (var p = 0; p < patterns.Count; p++)
            for (var i = text.IndexOf(patterns[p], StringComparison.Ordinal); i >= 0; i = text.IndexOf(patterns[p], i + 1, StringComparison.Ordinal))
                found.Add((p, i, i + patterns[p].Length));
        return found;
    }

    [Theory]
    [InlineData("ushers", new[] { "he", "she", "his", "hers" })]
    [InlineData("本店是平台自营", new[] { "本店", "本店地址", "店铺", "平台", "平台自营", "是平" })]
    [InlineData("aaaaab", new[] { "a", "aa", "aaa", "ab", "b" })]
    [InlineData("微信微信号薇信", new[] { "微信", "微信号", "信号", "薇信", "信" })]
    public void Finds_every_occurrence_of_every_pattern(string text, string[] patterns)
    {
        var expected = Naive(patterns, text).OrderBy(x => x).ToList();
        Assert.Equal(expected, Matches(new AhoCorasick(patterns), text).OrderBy(x => x).ToList());
    }

    [Fact]
    public void Agrees_with_a_naive_search_on_random_text()
    {
        var random = new Random(7);
        const string alphabet = "ab微信c";
        string Word(int max) => new([.. Enumerable.Range(0, random.Next(1, max)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        for (var round = 0; round < 200; round++)
        {
            var patterns = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Word(5)).Distinct().ToArray();
            var text = Word(40);
            Assert.Equal(Naive(patterns, text).OrderBy(x => x).ToList(), Matches(new AhoCorasick(patterns), text).OrderBy(x => x).ToList());
        }
    }
}
