using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Tests.Learned;

public class WeakCuesTests
{
    private static readonly TextNormalizer Normalizer = new();

    private static int Cues(string text) => WeakCues.Find(Normalizer.Normalize(text).Text);

    private static bool Has(string text, int cue) => (Cues(text) >> cue & 1) != 0;

    [Theory]
    [InlineData("亲，拍下后用支付宝转我三百就行", WeakCues.PaymentChannel)]
    [InlineData("麻烦用支付宝转我三百", WeakCues.Request)]
    [InlineData("Send the money via PayPal, it's $45 total", WeakCues.PaymentChannel)]
    [InlineData("Send the money via PayPal, it's $45 total", WeakCues.Amount)]
    [InlineData("一共 88 元，直接打款到这个账户", WeakCues.Amount)]
    [InlineData("一共 88 元，直接打款到这个账户", WeakCues.TransferVerb)]
    [InlineData("我的号是 13912345678", WeakCues.DigitRun)]
    [InlineData("add me on WeChat", WeakCues.ImApp)]
    [InlineData("收到货给个五星好评，返您十元", WeakCues.Review)]
    [InlineData("收到货给个五星好评，返您十元", WeakCues.Reward)]
    [InlineData("這個是正品嗎？", WeakCues.Authenticity)]
    [InlineData("這個是正品嗎？", WeakCues.Question)]
    [InlineData("本店谨防诈骗，不要私下交易", WeakCues.Warning)]
    [InlineData("本店谨防诈骗，不要私下交易", WeakCues.Negation)]
    [InlineData("本店谨防诈骗，不要私下交易", WeakCues.ContactVerb)]
    [InlineData("100% effective, the best cream ever", WeakCues.Absolute)]
    [InlineData("我是平台官方客服", WeakCues.Official)]
    public void A_cue_is_found_in_its_phrasings(string text, int cue) => Assert.True(Has(text, cue), text);

    [Theory]
    [InlineData("I bought it online last week", WeakCues.ImApp)] // "line" inside a word
    [InlineData("订单号 2026 已发货", WeakCues.DigitRun)] // a year, not an account
    [InlineData("买了 3 件", WeakCues.Amount)] // a quantity, not money
    [InlineData("the stgt model", WeakCues.ImApp)]
    public void A_cue_is_not_found_inside_other_words_or_numbers(string text, int cue) => Assert.False(Has(text, cue), text);

    [Fact]
    public void Plain_greetings_carry_no_cue_and_cues_stay_within_their_bits()
    {
        Assert.Equal(0, Cues("hello there, good morning"));
        Assert.Equal(0, Cues("你好，在的"));
        Assert.Equal(0, Cues("") >> WeakCues.Count);
        Assert.Equal(0, Cues("微信支付宝转账100元13912345678官方正品药最好评返不骗吗请加垃圾?") >> WeakCues.Count);
    }

    [Fact]
    public void Two_phrasings_of_one_act_in_two_languages_share_the_cue_features()
    {
        // No character n-gram or word is shared: only the role and the cues (each, with the role, and their pair).
        int[] Features(string text)
        {
            var buffer = new int[TextFeatures.MaxFeaturesPerWindow];
            return buffer[..TextFeatures.Extract(Normalizer.Normalize(text).Text, SenderRole.Agent, 18, buffer)];
        }
        var shared = Features("拍下后用支付宝转账").Intersect(Features("pay me by paypal first")).Count();
        Assert.Equal(1 + 2 + 2 + 1, shared);
    }
}
