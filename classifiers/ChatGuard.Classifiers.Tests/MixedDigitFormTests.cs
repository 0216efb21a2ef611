using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1/C4 (session 28): numbers written in mixed digit forms after a contact or payment cue — dingbat digits, emoji
/// between the digits, an O among Chinese numerals, a V glued to the number, a spaced card signed with its holder's
/// name, a ￥…￥ share code. Each folds or joins to the plain number the number rules already judge; the innocent
/// twins (prices, order numbers, model names, ranked lists, greetings) stay clean.
/// </summary>
public class MixedDigitFormTests
{
    private static IReadOnlyList<NumberRun> Runs(string text) => new TextNormalizer().Normalize(text).NumberRuns;

    [Theory]
    [InlineData("➊➌➑➋➋➌➍➎➏➐➑", "13822345678")]     // dingbat negative circled sans-serif digits
    [InlineData("❾❼❺❺❸❶⓿⓿", "97553100")]           // dingbat negative circled digits, negative circled zero
    [InlineData("➀➂➇➁➁", "13822")]                  // dingbat circled sans-serif digits
    [InlineData("5🌸2🌸4🌸8", "5248")]                // an emoji between the digits
    [InlineData("1❤️3❤️8❤️2", "1382")]              // a symbol with its variation selector
    [InlineData("O九二O 一一七 三八五", "0920117385")] // O for zero among Chinese numerals
    public void Digit_forms_and_symbols_between_digits_read_as_one_run(string text, string digits) =>
        Assert.Contains(Runs(text), r => r.Digits == digits);

    [Theory]
    [InlineData("O2O 门店自提")]
    [InlineData("O型 一号 二号")]
    [InlineData("满199🎁减20")]
    public void Letters_and_gifts_between_numbers_are_no_digit_run(string text) =>
        Assert.DoesNotContain(Runs(text), r => r.Digits.Length >= 5);

    [Theory]
    [InlineData("那个，V١٥٩٨٢٩٣٥٣٧٥，私聊发你优惠")]       // V + Arabic-Indic digits
    [InlineData("那个，V۱۵۹۸۲۹۳۵۳۷۵，私聊发你优惠")]       // V + Persian digits
    [InlineData("那个，V१५९८२९३५३७५，私聊发你优惠")]       // V + Devanagari digits
    [InlineData("加V ➊➌➑➋➋➌➍➎➏➐➑")]
    [InlineData("1🌸3🌸8🌸2🌸2🌸3🌸4🌸5🌸6🌸7🌸8 私聊")]
    [InlineData("O九二O 一一七 三八五 打來說要買袋子就知道了")]
    public void A_number_in_mixed_digit_forms_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("6222 0212 3456 7890 张三")]
    [InlineData("Y H K：6 2 2 2 0 2 0 2 0 0 0 1 1 2 2 3 3 4 4，姓李")]
    [InlineData("6222-0212-3456-7890 收款人刘芳")]
    public void A_spaced_card_signed_with_its_holder_s_name_is_a_card(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Agent);
        Assert.Contains(verdict.Findings, f => f.Label == Labels.ContactDiversion && f.Detail == "bank card");
    }

    [Theory]
    [InlineData("复制这段￥AbC123xYz￥打开淘宝")]
    [InlineData("$Kx9aB2cD$ 复制打开")]
    [InlineData("€Zx81pLmQ2€ 打开某宝")]
    public void A_share_code_between_currency_signs_is_a_link_off_the_platform(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Agent);
        Assert.Contains(verdict.Findings, f => f.Label == Labels.ContactDiversion && f.Detail == "share code");
    }

    [Theory]
    [InlineData("订单号 6222 0212 3456 7890 张三的包裹")]
    [InlineData("订单 6922021234567890123 王女士 已发货")]
    [InlineData("6222021234567890 谢谢")]
    [InlineData("价格 ¥199 ¥299 ¥399")]
    [InlineData("$10$20 each")]
    [InlineData("¥AbCdEfGh¥")]
    [InlineData("V15 Detect 吸尘器还有吗")]
    [InlineData("戴森V12 13800件库存")]
    [InlineData("iPhone 15 Pro Max 256G")]
    [InlineData("小米14 Ultra 16+512")]
    [InlineData("1️⃣ 尺码 2️⃣ 颜色 3️⃣ 发货")]
    [InlineData("第①步 第②步 第③步")]
    [InlineData("早上好🌞 亲 今天📦已发出")]
    [InlineData("满199🎁减20，299🎁减50")]
    [InlineData("12🎄25 圣诞节发货")]
    [InlineData("一共 2❤️5 件")]
    [InlineData("O2O 门店自提")]
    [InlineData("2025年12月7日发货")]
    public void Prices_orders_models_lists_and_greetings_stay_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Fact]
    public void A_mask_over_keycap_digits_covers_their_enclosures()
    {
        var verdict = LabelAssert.Scan("加我微信 1️⃣3️⃣8️⃣2️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", SenderRole.Agent);
        Assert.DoesNotContain('\u20E3', verdict.Masked);
    }
}
