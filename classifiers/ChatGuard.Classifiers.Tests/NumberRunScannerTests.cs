using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Tests;

public class NumberRunScannerTests
{
    private static IReadOnlyList<NumberRun> Runs(string text) => new TextNormalizer().Normalize(text).NumberRuns;

    [Theory]
    [InlineData("电话 138-0013-8000 找我", "13800138000")]
    [InlineData("一三八零零一三五二七六", "13800135276")]
    [InlineData("壹叁玖贰贰捌捌陆陆伍伍", "13922886655")]
    [InlineData("一8八 零零二六 七3五九", "18800267359")]
    [InlineData("①⑤⑧②③④⑤⑥⑦⑧⑨", "15823456789")]
    [InlineData("1️⃣3️⃣6️⃣ 0️⃣2️⃣1️⃣5️⃣", "1360215")]
    [InlineData("(021) 5555-1234", "02155551234")]
    [InlineData("1 3 6 - 8 8 8 8 - 1 2 3 4", "13688881234")]   // " - " between spaced digit groups
    public void Reads_digits_through_separators_and_digit_forms(string text, string digits) =>
        Assert.Contains(Runs(text), r => r.Digits == digits);

    [Theory]
    [InlineData("138****5678", new[] { "138", "5678" })]     // masked numbers stay split
    [InlineData("一个月瘦20斤", new[] { "20" })]              // a lone numeral is a word
    [InlineData("3月15日", new[] { "3", "15" })]
    [InlineData("尺码 38 -- 身高 165", new[] { "38", "165" })]   // words between numbers still end a run
    public void Stops_at_non_digits(string text, string[] expected) =>
        Assert.Equal(expected, Runs(text).Select(r => r.Digits).ToArray());

    [Fact]
    public void The_scan_skips_only_characters_no_digit_can_start_at()
    {
        // DigitForms.Starts must hold every digit form and the letters number words begin with, and nothing else.
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.True((DigitForms.Value(c) >= 0 || char.IsAsciiLetter(c)) == DigitForms.Starts.Contains(c), $"U+{(int)c:X4}");
    }

    [Theory]
    [InlineData("订单备注：请在下午发货，谢谢。联系电话 一三九 零零一三 二二八八", "13900132288")]
    [InlineData("好的好的，收到了。call me on nine one two three four five six seven", "91234567")]
    public void Finds_a_number_after_a_long_stretch_without_one(string text, string digits) =>
        Assert.Contains(Runs(text), r => r.Digits == digits);
}
