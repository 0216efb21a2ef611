using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>Issue 16: bidi overrides, other scripts' digits, number words, reversed and acrostic readings.</summary>
public class ReadingTests
{
    private static readonly TextNormalizer Normalizer = new();

    [Theory]
    [InlineData("加我\u202E8822 3100 931", "加我139 0013 2288")]                 // RLO to the end of the line
    [InlineData("a\u202Ecba\u202Cd", "aabcd")]                                 // RLO … PDF
    [InlineData("x\u202E12\u202D34\u202C56\u202Cy", "x653421y")] // a nested LRO keeps its run in order
    [InlineData("第一行\u202E321\n第二行", "第一行123 第二行")]                  // a new line ends the override
    [InlineData("\u2067abc\u2069 def", "abc def")]                            // isolates without overrides reorder nothing
    public void Bidi_overrides_are_applied_then_removed(string input, string expected) =>
        Assert.Equal(expected.Replace(" ", ""), Normalizer.Normalize(input).Folded.Text.Replace(" ", ""));

    [Fact]
    public void A_reordered_finding_maps_back_to_the_whole_number()
    {
        const string text = "加我\u202E8822 3100 931";
        var verdict = LabelAssert.Pipeline.Scan(text);
        Assert.Contains(Labels.ContactDiversion, verdict.Labels);
        Assert.Equal("加我\u202E*************", verdict.Masked);
    }

    [Theory]
    [InlineData("联系方式\u202E13900138000")]           // typed in order: the screen shows it backwards, a copy pastes it
    [InlineData("\u202E13900138000\u202C 谢谢")]       // no cue: the override is the tell
    [InlineData("电话 \u202Dqq 139 0013 8000\u202C")]   // LRO that reorders nothing
    public void A_number_behind_an_override_is_read_as_typed_too(string text)
    {
        var verdict = LabelAssert.Pipeline.Scan(text);
        Assert.Contains(Labels.ContactDiversion, verdict.Labels);
        Assert.DoesNotContain("8000", verdict.Masked);
    }

    [Theory]
    [InlineData("\u202E订单 4200001234567890123")]
    [InlineData("型号\u202EX200\u202C 有货吗")]
    public void An_override_alone_flags_nothing(string text) => LabelAssert.IsClean(text);

    [Theory]
    [InlineData("١٣٩٠٠١٣٨٠٠٠")]                          // Arabic-Indic
    [InlineData("१३९००१३८०००")]                          // Devanagari
    [InlineData("幺三九〇〇幺三八〇〇〇")]                 // 幺 stays the spoken one (not folded to 么)
    [InlineData("one three nine zero zero one three eight zero zero zero")]
    [InlineData("ID 13900138000")]                        // a mobile number after a reference cue
    [InlineData("order 139-0013-8000")]
    [InlineData("单号13900138000")]
    [InlineData("tracking: 139 0013 8000")]
    public void Every_way_of_writing_a_mobile_number_is_one(string text) =>
        LabelAssert.Flags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("someone said one or two")]
    [InlineData("订单号 4200001234567890123")]
    [InlineData("tracking number SF1428730519246")]
    public void Number_words_and_references_stay_what_they_are(string text) =>
        LabelAssert.DoesNotFlag(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("8877ylil 信微加")]
    [InlineData("8877ylil：信微")]
    [InlineData("0008 3100 931 话电")]
    public void A_message_typed_backwards_is_read_backwards(string text) =>
        Assert.NotEmpty(LabelAssert.Pipeline.Scan(text).Labels);

    [Fact]
    public void The_first_characters_of_the_lines_are_read_as_one()
    {
        const string text = "加油啊朋友们\n微风不燥的季节\n信心满满\nlily7788 是我的签名";
        Assert.Equal("加微信l", Normalizer.Normalize(text, TextReading.Acrostic).Folded.Text);
        Assert.Contains(Labels.ContactDiversion, LabelAssert.Pipeline.Scan(text).Labels);
    }

    [Theory]
    [InlineData("信用卡可以用吗\n微波炉能放吗\n加热多久")] // reads 信微加 only forwards as an acrostic
    [InlineData("好的\n收到\n谢谢")]
    public void Ordinary_multi_line_messages_stay_clean(string text) => LabelAssert.IsClean(text);
}
