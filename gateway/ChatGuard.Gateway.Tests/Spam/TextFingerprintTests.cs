using ChatGuard.Classifiers.Normalization;
using ChatGuard.Gateway.Spam;

namespace ChatGuard.Gateway.Tests.Spam;

public class TextFingerprintTests
{
    private static readonly TextNormalizer Normalizer = new();

    private static double Similarity(string a, string b) => TextFingerprint.Of(Normalizer.Normalize(a)).Similarity(TextFingerprint.Of(Normalizer.Normalize(b)));

    [Theory]
    [InlineData("新店开业全场五折，今晚八点准时开抢", "新店开业全场五折，今晚八点准时开抢")]
    [InlineData("新店开业全场五折，今晚八点准时开抢", "新店开业 全场五折!!今晚八点准时开抢~")]
    [InlineData("新店开業全場五折，今晚八點準時開搶", "新店开业全场五折，今晚八点准时开抢")]
    [InlineData("Big SALE today only, 50% off everything", "big sale TODAY only 50 % off everything!!!")]
    [InlineData("领取优惠券 编号 1234 限时三天有效", "领取优惠券 编号 9876 限时三天有效")]
    public void Variants_of_one_advert_are_near_identical(string a, string b) => Assert.True(Similarity(a, b) >= 0.75, $"{Similarity(a, b):0.00}");

    [Theory]
    [InlineData("新店开业全场五折，今晚八点准时开抢", "请问这件衣服有没有大一码的")]
    [InlineData("我的快递怎么还没到，单号查不到", "我的快递已经到了，谢谢你们")]
    public void Different_messages_are_not(string a, string b) => Assert.True(Similarity(a, b) < 0.75, $"{Similarity(a, b):0.00}");

    [Fact]
    public void Length_counts_the_compact_text()
    {
        Assert.Equal(2, TextFingerprint.Of(Normalizer.Normalize(" 在 吗 ？")).Length);
        Assert.Equal(0, TextFingerprint.Of(Normalizer.Normalize("")).Similarity(TextFingerprint.Of(Normalizer.Normalize(""))));
    }

    [Fact]
    public void The_quick_bound_never_changes_the_answer_of_the_exact_comparison()
    {
        // Advert variants, chat lines and random strings of many lengths, compared pairwise at several thresholds.
        var random = new Random(7);
        var texts = new List<string>
        {
            "新店开业全场五折，今晚八点准时开抢", "新店开业 全场五折!!今晚八点准时开抢~", "新店开业全场五折今晚九点准时开抢哦",
            "领取优惠券 编号 1234 限时三天有效", "领取优惠券 编号 9876 限时三天有效", "请问这件衣服有没有大一码的",
            "Big SALE today only, 50% off everything", "big sale TODAY only 50 % off everything!!!", "hello, is this in stock?",
        };
        const string alphabet = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
        for (var i = 0; i < 60; i++)
            texts.Add(new string([.. Enumerable.Range(0, random.Next(3, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]));
        var prints = texts.Select(t => TextFingerprint.Of(Normalizer.Normalize(t))).ToList();
        var (similar, different) = (0, 0);
        foreach (var threshold in new[] { 0.1, 0.3, 0.5, 0.75, 0.9, 1.0 })
            foreach (var a in prints)
                foreach (var b in prints)
                {
                    var exact = a.Similarity(b) >= threshold;
                    Assert.Equal(exact, a.IsSimilar(b, threshold));
                    if (exact) similar++;
                    else different++;
                }
        Assert.True(similar > prints.Count * 6 && different > 0, $"{similar} similar, {different} different"); // beyond each with itself
    }
}
