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

    [Theory]
    [InlineData("mi número: nueve ocho siete, seis cinco cuatro, tres dos uno cero", "9876543210")]
    [InlineData("meu zap é nove oito um dois, três quatro cinco seis", "98123456")]
    [InlineData("escríbeme al 33 uno-ocho-cuatro-dos 7 siete", "33184277")]
    [InlineData("number likh lo: nau nau do ek, paanch saat, teen teen aath chhe", "9921573386")]
    [InlineData("piga simu sifuri saba mbili mbili, tatu sifuri moja", "0722301")]
    public void Reads_number_words_of_other_languages_as_digits(string text, string digits) =>
        Assert.Contains(Runs(text), r => r.Digits == digits);

    [Theory]
    [InlineData("um 3812 5555 ok", "38125555")]        // "um" the filler does not prefix a digit
    [InlineData("I can do 450 pieces", "450")]            // nor does "do"
    [InlineData("kitap do 1990 yılı", "1990")]            // Polish/Portuguese "do" before a year
    public void A_number_word_that_is_also_an_everyday_word_needs_another_number_word_beside_it(string text, string digits) =>
        Assert.Contains(Runs(text), r => r.Digits == digits);

    [Theory]
    [InlineData("quiero dos camisas y seis pares de calcetines")]
    [InlineData("a entrega demora uma semana ou duas")]
    [InlineData("bhai do din mein aa jayega")]
    [InlineData("saba saba day sale")]
    public void A_lone_number_word_in_a_sentence_is_no_number(string text) =>
        Assert.Empty(Runs(text));

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
