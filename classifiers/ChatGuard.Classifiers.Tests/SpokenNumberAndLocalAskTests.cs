using ChatGuard.Classifiers.Detection.Tails;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 in session 24's live-commerce and local-language lines: a mainland mobile read out as on the radio (幺五八 洞拐洞…),
/// a number in Indonesian words after "japri", Russian and Polish number words after "звоните"/"kontakt", the apps asked
/// for in the market's words (nhắn zalo, escríbeme al whats, пиши в телегу, 加賴, 加我微心, the green app), and the other
/// platform by its initials (去ks找我). Look-alikes stay clean: 一拐一拐 (limping), an order's number in numerals, Kuaishou
/// named as where the buyer bought before. Phrased apart from the corpora.
/// </summary>
public class SpokenNumberAndLocalAskTests
{
    [Theory]
    [InlineData("宝子们记好了 幺三八 洞洞拐 两四六九五 有事直接打")]
    [InlineData("一五九 拐洞幺 八八六三二")]
    [InlineData("japri aja kak, nol delapan satu tiga dua dua empat lima enam tujuh delapan")]
    [InlineData("звоните: девять один шесть, сто двадцать три, сорок пять, шестьдесят семь")]
    [InlineData("kontakt: sześćset dwa, trzysta czterdzieści, pięćset pięćdziesiąt jeden")]
    public void A_number_read_out_in_words_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Fact]
    public void A_radio_mobile_is_read_without_a_cue_only_with_its_radio_digits()
    {
        Assert.Single(LocalDigitWords.Bare("记一下 幺五八 洞拐洞 三四五八九"));
        Assert.Empty(LocalDigitWords.Bare("走路一拐一拐的，腿还没好"));
        Assert.Empty(LocalDigitWords.Bare("一五八 三三二 四五六七八"));
    }

    [Theory]
    [InlineData("老人家走路一拐一拐的，这个拐杖要两根")]
    [InlineData("洞洞鞋 一双 三十五码 两双包邮")]
    [InlineData("hubungi kurir kalau paket belum sampai dua hari ya")]
    public void Everyday_words_that_are_digit_words_stay_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("nhắn zalo cho shop để xem thêm mẫu nha")]
    [InlineData("escríbeme al whats y te paso el catálogo")]
    [InlineData("пиши в телегу, там скидка")]
    [InlineData("有問題加賴 比較快")]
    [InlineData("加我微心 给你看实拍")]
    [InlineData("add our team on the green app for faster replies")]
    [InlineData("抖音上不方便说 去ks找我 名字一样")]
    public void An_app_asked_for_in_the_market_s_words_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("我在ks上买过一个差不多的，质量一般")]
    [InlineData("依賴性不強，長期吃也可以")]
    public void The_other_platform_named_as_the_past_or_a_word_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("vòng tay này có rung khi có tin nhắn Zalo không shop?")]
    [InlineData("máy hiện thông báo Zalo trên màn hình khóa được không ạ")]
    public void An_app_s_messages_as_a_device_feature_stay_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
}
