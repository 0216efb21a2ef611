using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: rule families of Taiwanese and Hong Kong shop chat (zh-Hant, 注音, Cantonese, mixed) that a blind check
/// missed, each phrased apart from the corpus, with the look-alikes such shops really write kept clean.
/// </summary>
public class TaiwanHongKongFamilyTests
{
    [Theory]
    [InlineData("有問題直接賴我 零玖捌柒 陸伍肆 參貳壹")]                           // C1: capital numerals, 參 among them
    [InlineData("LINE 搜 零玖參參 壹貳參 肆伍陸 就找得到我")]
    [InlineData("先生您好 我的手機是幾號呢？我給打接直 唔該")]                      // C1: a cue typed backwards
    [InlineData("露天拍賣搜我們的小舖 同一款便宜不少")]                            // C1: another marketplace, cheaper there
    [InlineData("同款在 momo 也買得到，而且更便宜一點")]
    [InlineData("Carousell 搵我哋 shop 名，價錢平好多")]
    [InlineData("想平啲可以 IG 搵 @bargain_corner_hk")]                           // C1: Cantonese 搵 before a handle
    [InlineData("你去TG揾 @fastdeal88 再傾")]
    public void Flags_the_contact_diversion_family(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("在蝦皮完成下單付款後，倉庫就會安排出貨")]                          // the marketplace where the buyer orders
    [InlineData("我們家比淘寶便宜，請安心在這裡下單")]                              // cheaper here than there
    [InlineData("這台旋轉拖把組比較便宜，也好用")]                                  // 旋轉 is a product feature
    [InlineData("禮拜天賴床到中午，所以現在才回覆")]                                // 賴床: sleeping in
    [InlineData("參考尺寸表 三十八號 比較合適")]                                    // 參 as a word, not a digit
    [InlineData("露天陽台用的遮陽傘 比較便宜的那款還有貨")]                         // 露天: open-air
    public void Keeps_the_contact_diversion_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
}
