using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

public sealed class LexiconCatalogTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "chatguard-lexicons-" + Guid.NewGuid().ToString("N"));

    public LexiconCatalogTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string List(string term) =>
        $$"""{"label": "counterfeit", "ruleId": "C5", "families": {"t": ["{{term}}"]}, "rules": [{"id": "custom", "anchor": "t"}]}""";

    [Fact]
    public void Built_in_lists_compile_into_one_automaton()
    {
        using var catalog = new LexiconCatalog(new Normalization.TextNormalizer());
        var lexicon = catalog.For("feige");
        Assert.True(lexicon.TermCount > 500);
        Assert.Contains(lexicon.Rules, r => r.Label == Labels.ContactDiversion);
    }

    [Fact]
    public async Task A_term_whose_emoji_normalization_drops_is_refused()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "custom.json"), List("🦄店"));
        using var catalog = new LexiconCatalog(new Normalization.TextNormalizer(), _directory);
        catalog.For("feige");
        Assert.Contains("🦄", catalog.LastError);
    }

    [Fact]
    public async Task A_term_whose_emoji_has_a_reading_is_kept()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "custom.json"), List("🍑宝"));
        using var catalog = new LexiconCatalog(new Normalization.TextNormalizer(), _directory);
        catalog.For("feige");
        Assert.Null(catalog.LastError);
    }

    [Fact]
    public async Task An_edited_list_is_used_for_the_next_message_without_a_restart()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "custom.json"), List("blue widget"));
        using var pipeline = ModerationPipeline.CreateDefault(lexiconDirectory: _directory);
        Assert.Contains(Labels.Counterfeit, Shop(pipeline, "a Blue Widget for you").Labels);
        Assert.DoesNotContain(Labels.Counterfeit, Shop(pipeline, "a red gadget for you").Labels);

        await File.WriteAllTextAsync(Path.Combine(_directory, "custom.json"), List("red gadget"));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Shop(pipeline, "a red gadget for you").Labels.Contains(Labels.Counterfeit) && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.Contains(Labels.Counterfeit, Shop(pipeline, "a red gadget for you").Labels);
        Assert.DoesNotContain(Labels.Counterfeit, Shop(pipeline, "a Blue Widget for you").Labels);
    }

    // C5 is a shop's conduct: the edited list is judged on the shop's side, whoever the sender head would read.
    private static Verdict Shop(ModerationPipeline pipeline, string text) => pipeline.Scan(pipeline.Normalize(text), new ScanOptions(Role: SenderRole.Agent));

    [Fact]
    public async Task A_profile_directory_overrides_only_that_profile()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "course"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "course", "custom.json"), List("homework service"));
        using var pipeline = ModerationPipeline.CreateDefault(lexiconDirectory: _directory);
        Assert.Contains(Labels.Counterfeit, pipeline.Scan("homework service here", "course").Labels);
        Assert.DoesNotContain(Labels.Counterfeit, pipeline.Scan("homework service here", "feige").Labels);
    }

    [Fact]
    public async Task A_broken_list_keeps_the_built_in_rules_working()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "custom.json"), "{ not json");
        using var catalog = new LexiconCatalog(new Normalization.TextNormalizer(), _directory);
        Assert.True(catalog.For("feige").TermCount > 500);
        Assert.NotNull(catalog.LastError);
    }

    [Theory]
    [InlineData("""{"label": "counterfeit", "ruleId": "C5", "families": {"t": ["a"], "u": ["b"]}, "rules": [{"id": "r", "anchor": "t", "near": ["u"], "near": ["t"]}]}""")]
    [InlineData("""{"label": "counterfeit", "ruleId": "C5", "families": {"t": ["a"], "t": ["b"]}, "rules": [{"id": "r", "anchor": "t"}]}""")]
    public async Task A_list_that_repeats_a_key_is_refused(string json)
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "custom.json"), json);
        using var catalog = new LexiconCatalog(new Normalization.TextNormalizer(), _directory);
        Assert.True(catalog.For("feige").TermCount > 500);
        Assert.Contains("duplicate", catalog.LastError, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("spam")] // not a text label
    [InlineData("counterfeit")] // the file's own label
    public void A_rule_with_a_wrong_also_label_is_refused(string also)
    {
        var file = new LexiconFile
        {
            Label = Labels.Counterfeit, RuleId = "C5", Families = new() { ["t"] = ["a"] },
            Rules = [new LexiconRule { Id = "r", Anchor = "t", AlsoLabels = [also] }],
        };
        var error = Assert.Throws<InvalidDataException>(() => new CompiledLexicon([file], new Normalization.TextNormalizer()));
        Assert.Contains("alsoLabels", error.Message);
    }

    [Fact]
    public void A_rule_with_an_undefined_family_is_refused()
    {
        var file = new LexiconFile { Label = "x", RuleId = "C0", Rules = [new LexiconRule { Id = "r", Anchor = "missing" }] };
        Assert.Throws<InvalidDataException>(() => new CompiledLexicon([file], new Normalization.TextNormalizer()));
    }

    // A term's edge must not touch a letter of its own script: a Cyrillic term inside a longer Cyrillic word is another
    // word (клад in склад, соль in фасоль), a trailing * keeps every ending (закладк* for закладку), and a Latin or a
    // Chinese term matches exactly as before.
    [Theory]
    [InlineData("клад", "товар уже на складе", false)]
    [InlineData("клад", "детский набор клад с раскопками", true)]
    [InlineData("соль", "фасоль белая, 1 кг", false)]
    [InlineData("соль", "соль, 1 кг", true)]
    [InlineData("меф", "мефедрон", false)]
    [InlineData("закладк*", "положите закладку в книгу", true)]
    [InlineData("*банк", "оплата через сбербанк", true)]
    [InlineData("line", "the neckline is low", false)]
    [InlineData("line", "a line of sequins", true)]
    [InlineData("line", "lineпро", true)] // a Latin term touching a Cyrillic letter, as before
    [InlineData("微信", "加我微信号", true)]
    public void A_term_matches_only_as_a_whole_word_of_its_script(string term, string text, bool matches)
    {
        var normalizer = new Normalization.TextNormalizer();
        var file = new LexiconFile { Label = Labels.Counterfeit, RuleId = "C5", Families = new() { ["t"] = [term] } };
        var hits = new List<TermHit>();
        new CompiledLexicon([file], normalizer).Match(normalizer.Normalize(text), hits);
        Assert.Equal(matches, hits.Count > 0);
    }
}
