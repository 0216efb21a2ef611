using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Tests;

public class TextNormalizerTests
{
    private static readonly TextNormalizer Normalizer = new();

    [Theory]
    [InlineData("ＡＢＣ１２３", "abc123")]                 // full-width → half-width, case
    [InlineData("Ｈｅｌｌｏ　Ｗｏｒｌｄ", "hello world")]   // ideographic space
    [InlineData("a\u200Bb\u200Cc\u200Dd\uFEFFe", "abcde")]  // zero-width characters
    [InlineData("  many   spaces\t\nhere ", "many spaces here")]
    [InlineData("café", "cafe")]                           // diacritics dropped
    [InlineData("e\u0301\u0301\u0301x", "ex")]             // stacked combining marks
    [InlineData("這個價格貴嗎", "这个价格贵吗")]          // traditional → simplified
    [InlineData("幫我鑑定真偽", "帮我鉴定真伪")]          // 鑑: Unihan names a rare form first
    [InlineData("①②③", "123")]                            // circled digits
    [InlineData("1\uFE0F\u20E33\uFE0F\u20E3", "13")]       // keycap emoji
    [InlineData("x²", "x2")]                               // superscript
    [InlineData("WhаtsАpp", "whatsapp")]                   // Cyrillic а/А next to Latin letters
    [InlineData("Τelegram", "telegram")]                   // Greek Tau
    [InlineData("привет", "привет")]                       // a real Cyrillic word is left alone
    [InlineData("рер dunk low, gx batch", "pep dunk low, gx batch")] // a word of look-alikes alone in Latin text
    [InlineData("спасибо, рер ок", "спасибо, рер ок")]     // in a Russian message it stays Russian
    [InlineData("ᴍɪʀʀᴏʀ ǫᴜᴀʟɪᴛʏ", "mirror quality")]        // small capitals of "fancy text"
    [InlineData("5⭐好评", "5星好评")]
    public void Folded_view(string input, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(input).Folded.Text);

    [Theory]
    [InlineData("微 信", "微信")]
    [InlineData("精.仿", "精仿")]
    [InlineData("高-仿_货*", "高仿货")]
    [InlineData("好\u200B评\u200B返\u200B现", "好评返现")]
    [InlineData("T1kT0k 0fficial Supp0rt", "tiktokofficialsupport")] // leetspeak inside words
    [InlineData("r3p quality", "repquality")]
    [InlineData("b!tch", "bitch")]
    [InlineData("shop6688 138 0013", "shop66881380013")]          // digits outside words stay digits
    [InlineData("1st 4th", "1st4th")]                            // ordinals are not leet
    [InlineData("1:1 copy", "1:1copy")]                          // ratio colon kept
    [InlineData("价格$5，100%", "价格$5100%")]
    [InlineData("V❤：abc", "vabc")]                              // emoji and punctuation are separators
    public void Compact_view(string input, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(input).Compact.Text);

    [Fact]
    public void Every_view_maps_back_to_the_original_offsets()
    {
        const string text = "加 我 ｖｘ：a\u200Bb c１２3，好";
        var normalized = Normalizer.Normalize(text);
        var compact = normalized.Compact;
        var at = compact.Text.IndexOf("vx", StringComparison.Ordinal);
        var (start, length) = compact.ToOriginal(at, 2);
        Assert.Equal("ｖｘ", text.Substring(start, length));
        var handle = compact.Text.IndexOf("abc123", StringComparison.Ordinal);
        (start, length) = compact.ToOriginal(handle, 6);
        Assert.Equal("a\u200Bb c１２3", text.Substring(start, length));
        var folded = normalized.Folded;
        var f = folded.Text.IndexOf("好", StringComparison.Ordinal);
        Assert.Equal(text.IndexOf('好'), folded.ToOriginal(f, 1).Start);
        Assert.Equal(folded.Text.IndexOf('v'), normalized.CompactToFolded(at));
    }

    [Fact]
    public void Supplementary_characters_keep_their_two_unit_width()
    {
        const string text = "😀微信𠀀x";
        var normalized = Normalizer.Normalize(text);
        var i = normalized.Compact.Text.IndexOf('x');
        Assert.Equal(text.Length - 1, normalized.Compact.ToOriginal(i, 1).Start);
    }

    [Fact]
    public void Ten_thousand_combining_marks_fold_quickly_to_nothing()
    {
        var text = "a" + new string('\u0301', 10_000) + "b";
        var started = System.Diagnostics.Stopwatch.StartNew();
        var normalized = Normalizer.Normalize(text);
        Assert.Equal("ab", normalized.Compact.Text);
        Assert.True(started.ElapsedMilliseconds < 1000);
    }

    [Fact]
    public void Traditional_table_is_generated_from_unihan() => Assert.True(TraditionalToSimplified.Count > 2000);

    // Unihan names a rare code point first for these; the table folds them to the form text is written in.
    [Theory]
    [InlineData('鑑', '鉴')] // through its variant 鑒
    [InlineData('鑒', '鉴')]
    [InlineData('巖', '岩')]
    [InlineData('鍼', '针')]
    [InlineData('鑛', '矿')]
    [InlineData('覩', '睹')]
    [InlineData('賸', '剩')]
    [InlineData('靦', '腼')]
    [InlineData('嶽', '岳')] // Unihan knows only a rare form; OpenCC's usual one
    [InlineData('嚐', '尝')]
    [InlineData('讚', '赞')]
    [InlineData('餵', '喂')]
    [InlineData('託', '托')] // Unihan's BMP candidate 讬 is not in the general standard table
    public void Traditional_characters_fold_to_the_common_simplified_form(char traditional, char simplified) =>
        Assert.Equal(simplified, TraditionalToSimplified.Fold(traditional));

    // Variant spellings Unihan gives no simplified form, written daily in Taiwan and Hong Kong; OpenCC folds them.
    [Theory]
    [InlineData('裡', '里')]
    [InlineData('遊', '游')]
    [InlineData('週', '周')]
    [InlineData('滙', '汇')]
    [InlineData('菸', '烟')]
    [InlineData('復', '复')]
    [InlineData('癒', '愈')]
    public void Variant_spellings_fold_too(char variant, char simplified) =>
        Assert.Equal(simplified, TraditionalToSimplified.Fold(variant));

    [Fact]
    public void A_character_OpenCC_also_keeps_is_left_alone() => Assert.Equal('乾', TraditionalToSimplified.Fold('乾'));

    [Fact]
    public void A_common_character_is_never_folded_to_a_rare_one() => Assert.Equal('瑙', TraditionalToSimplified.Fold('瑙'));

    [Fact]
    public void No_traditional_character_folds_to_a_variant_form_still_in_the_table()
    {
        for (var codePoint = 0x3400; codePoint <= 0x9FFF; codePoint++)
        {
            var folded = TraditionalToSimplified.Fold(codePoint);
            Assert.Equal(folded, TraditionalToSimplified.Fold(folded));
        }
    }

    [Theory]
    [InlineData("微信", "weixin", "wx")]
    [InlineData("支付宝", "zhifubao", "zfb")]
    [InlineData("绿泡泡", "lvpaopao", "lpp")]
    public void Pinyin_reads_han_characters_without_tones(string han, string spelled, string initials)
    {
        Assert.Equal(spelled, Pinyin.Spell(han));
        Assert.Equal(initials, Pinyin.Initials(han));
        Assert.Null(Pinyin.Spell("微x"));
    }

    [Theory]
    [InlineData("🐧12345678", "企鹅12345678")]
    [InlineData("✈️ lily", "飞机 lily")]
    [InlineData("💚 mia0521", "绿泡泡 mia0521")]
    [InlineData("١٢٣ ๑๒๓", "123 123")]
    public void Trade_emoji_and_other_scripts_digits_read_as_what_they_stand_for(string input, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(input).Folded.Text);
}
