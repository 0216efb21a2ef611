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
}
