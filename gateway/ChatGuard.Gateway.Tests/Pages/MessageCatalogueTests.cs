using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatGuard.Gateway.Tests.Browser;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Pages;

/// <summary>The pages' message catalogues (wwwroot/i18n): complete, the same in both languages, plain for buyers.</summary>
public partial class MessageCatalogueTests
{
    private static readonly string WebRoot = Path.Combine(BrowserScenario.RepositoryRoot, "gateway", "ChatGuard.Gateway", "wwwroot");

    private static Dictionary<string, string> Catalogue(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(WebRoot, "i18n", $"{language}.json")))!;

    [Fact]
    public void Both_languages_have_the_same_keys_and_every_key_the_pages_use()
    {
        var chinese = Catalogue("zh-CN");
        var english = Catalogue("en");
        Assert.Equal(chinese.Keys.Order(), english.Keys.Order());

        var files = Directory.EnumerateFiles(WebRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || (f.EndsWith(".js", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}")));
        var used = files.SelectMany(f => UsedKeys().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value)).ToHashSet();
        Assert.True(used.Count > 200, $"only {used.Count} keys found: the scan is broken");
        Assert.All(used, key => Assert.True(chinese.ContainsKey(key), $"{key} is used by a page but missing from the catalogues"));
        Assert.All(chinese, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
        // Translated: where the English says something in words, the Chinese says it in Chinese.
        Assert.All(english.Where(e => Words().IsMatch(Placeholder().Replace(e.Value, ""))), e => Assert.Matches(Han(), chinese[e.Key]));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void What_buyers_read_names_no_internal_rule_codes_and_doubles_no_punctuation(string language)
    {
        var buyerFacing = Catalogue(language).Where(e => e.Key.StartsWith("widget.", StringComparison.Ordinal) || e.Key.StartsWith("reason.", StringComparison.Ordinal)
            || e.Key.StartsWith("image.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(buyerFacing);
        Assert.All(buyerFacing, e => Assert.DoesNotMatch(RuleCode(), e.Value));
        // A reason ends with its own full stop; the sentences it is put into add none after it.
        var reasons = Catalogue(language).Where(e => e.Key.StartsWith("reason.", StringComparison.Ordinal)).Select(e => e.Value).ToList();
        foreach (var template in buyerFacing.Where(e => e.Value.Contains("{why}", StringComparison.Ordinal)))
            foreach (var reason in reasons)
                Assert.DoesNotMatch(DoubledPunctuation(), template.Value.Replace("{why}", reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_catalogues_are_served_as_json()
    {
        await using var host = new GatewayBuilder().Build();
        using var http = host.Http();
        foreach (var language in new[] { "zh-CN", "en" })
        {
            var response = await http.GetAsync($"/i18n/{language}.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Catalogue(language).Count, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateObject().Count());
        }
    }

    /// <summary>data-i18n="key" (and its -placeholder, -aria-label, -title forms) and t('key') with a literal key.</summary>
    [GeneratedRegex(@"(?:data-i18n(?:-placeholder|-aria-label|-title)?=""|\bt\(')(?<key>[a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)[""']")]
    private static partial Regex UsedKeys();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Words();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"\b[CS]\d{1,2}\b|#\d")]
    private static partial Regex RuleCode();

    [GeneratedRegex(@"([。．.！!？?，,：:；;])\s*\1|[。.]\s*[。.]")]
    private static partial Regex DoubledPunctuation();
}
