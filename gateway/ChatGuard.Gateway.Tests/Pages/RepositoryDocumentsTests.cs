using System.Text.Json;
using System.Text.RegularExpressions;
using ChatGuard.Gateway.Tests.Browser;

namespace ChatGuard.Gateway.Tests.Pages;

/// <summary>The repository stands alone: the README's links resolve inside it, and the rule catalogue says what the console says.</summary>
public partial class RepositoryDocumentsTests
{
    private static readonly string Root = BrowserScenario.RepositoryRoot;

    [Fact]
    public void The_readmes_links_and_images_resolve_inside_the_repository()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        Assert.DoesNotContain("../shared", readme);
        var targets = Link().Matches(readme).Select(m => m.Groups["target"].Value)
            .Where(t => !t.StartsWith("http", StringComparison.Ordinal) && !t.StartsWith('#')).Select(t => t.Split('#')[0]).ToList();
        Assert.Contains("docs/rules.md", targets);
        Assert.Contains(targets, t => t.StartsWith("docs/screenshots/", StringComparison.Ordinal));
        Assert.All(targets, t => Assert.True(File.Exists(Path.Combine(Root, t)) || Directory.Exists(Path.Combine(Root, t)), $"README links to {t}, which is not in the repository"));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Every_rule_the_console_shows_is_in_docs_rules_md_word_for_word(string language)
    {
        var rules = File.ReadAllText(Path.Combine(Root, "docs", "rules.md"));
        var catalogue = JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Path.Combine(Root, "gateway", "ChatGuard.Gateway", "wwwroot", "i18n", $"{language}.json")))!;
        var ruleTexts = catalogue.Where(e => e.Key.StartsWith("rule.", StringComparison.Ordinal)).ToList();
        Assert.Equal(40, ruleTexts.Count); // 20 rules, a title and a text each
        Assert.All(ruleTexts, e => Assert.Contains(e.Value, rules));
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}
