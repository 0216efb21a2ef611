using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Rule windows count <see cref="TextDistance"/> units: an English negator or context a few words from the anchor is as
/// near as a Chinese one a few characters away, and Chinese text measures exactly as before.
/// </summary>
public class WordAwareWindowTests
{
    private static readonly ITextNormalizer Normalizer = new TextNormalizer();

    [Theory]
    [InlineData("never ask customers to remove", "askcustomersto", 5)] // ask 1, customers 3 (9 letters), to 1
    [InlineData("we don't take it", "dont", 1)] // an apostrophe keeps a word whole
    [InlineData("pay 12345678 now", "12345678", 2)] // a digit run is a word
    [InlineData("找我们买 iPhone 吧", "我们买iphone", 5)] // 3 characters and one 6-letter word
    public void Counts_a_latin_word_as_units_by_its_length(string text, string span, int units)
    {
        var normalized = Normalizer.Normalize(text);
        var start = normalized.Compact.Text.IndexOf(span, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{span}' not in the compact view '{normalized.Compact.Text}'");
        Assert.Equal(units, normalized.Distance.Between(start, start + span.Length));
    }

    [Theory]
    [InlineData("переведите на карту", 6)] // 10 letters 3, 2 letters 1, 5 letters 2 — not 17 characters
    [InlineData("حول المبلغ", 3)] // 3 letters 1, 6 letters 2
    [InlineData("Überweisung на карту", 6)] // Latin and Cyrillic words alike
    public void Counts_a_cyrillic_or_arabic_word_as_a_latin_one(string text, int units)
    {
        var normalized = Normalizer.Normalize(text);
        Assert.Equal(units, normalized.Distance.Between(0, normalized.Compact.Text.Length));
    }

    [Theory]
    [InlineData("我们从来不会让顾客删掉差评")]
    [InlineData("親，這款沒有現貨，要等三天")]
    public void Counts_a_chinese_character_as_one_unit(string text)
    {
        var normalized = Normalizer.Normalize(text);
        var length = normalized.Compact.Length;
        for (var from = 0; from <= length; from++)
            for (var to = from; to <= length; to++)
                Assert.Equal(to - from, normalized.Distance.Between(from, to));
    }

    [Theory]
    [InlineData("please don't change the rating, we will send another pair 12345 tomorrow")]
    [InlineData("退款已经处理 refund done，谢谢 thank you so much")]
    public void Finds_the_farthest_start_within_a_window(string text)
    {
        var distance = Normalizer.Normalize(text).Distance;
        var length = Normalizer.Normalize(text).Compact.Length;
        for (var index = 0; index <= length; index++)
            for (var units = 0; units <= 8; units++)
            {
                var start = distance.StartWithin(index, units);
                Assert.True(distance.Between(start, index) <= units);
                Assert.True(start == 0 || distance.Between(start - 1, index) > units, $"index {index}, {units} units: {start} is not the farthest");
            }
    }

    [Theory]
    [InlineData(Labels.ReviewSolicitation, "We would never ask you to take down a one star rating")]
    [InlineData(Labels.ReviewSolicitation, "we never ask shoppers to delete a bad review for a refund")]
    [InlineData(Labels.ReviewSolicitation, "there is no need to edit anything in your feedback, a new one has shipped")]
    [InlineData(Labels.Counterfeit, "we do not sell UA sneakers of any kind, only retail")]
    [InlineData(Labels.Impersonation, "Welcome! This is the Garmin authorized store; marketplace support is handled separately")]
    public void An_english_negator_or_exception_a_few_words_away_clears_the_rule(string label, string text) =>
        LabelAssert.NoRuleFlags(label, text);

    [Theory]
    [InlineData("would you edit that little piece of feedback for us")]
    [InlineData("please go and delete your honest feedback about the parcel")]
    public void An_english_ask_a_few_words_from_its_object_is_caught(string text) =>
        LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData(Labels.ReviewSolicitation, "麻烦您把那条差评删掉")]
    [InlineData(Labels.ContactDiversion, "加我微信私聊")]
    public void Chinese_asks_are_still_caught(string label, string text) => LabelAssert.RuleFlags(label, text);
}
