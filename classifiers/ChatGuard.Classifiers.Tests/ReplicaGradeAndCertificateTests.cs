using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 23 (t164, t165, t167, t168, t173): replicas by grade and admission in Taiwanese, Cantonese and Russian, brand
/// goods shipped bare past customs, appraisal certificates made to order — and jade's A货 (natural, untreated), a shop's
/// anti-fake notice, a scale model kit and mirror-finish steel kept clean.
/// </summary>
public class ReplicaGradeAndCertificateTests
{
    [Theory]
    [InlineData("頂級A貨 跟專櫃一樣")]                                       // C5: A货 as a replica grade
    [InlineData("无盒无标发货 海关查不到 到了自己贴")]                        // C5: shipped bare past customs
    [InlineData("no box no logo so customs won't stop it")]
    [InlineData("要GIA还是国检 鉴定证书哪家的都有")]                          // C5 + C3: a certificate from any lab asked for
    [InlineData("这个仿的只要三百 正品三千")]                                 // C5: admitted copy, priced against the real one
    [InlineData("镜面级的劳力士 要看实拍吗")]
    [InlineData("唔係真貨嚟 但係睇唔出")]                                     // C5: Cantonese "not real"
    [InlineData("копия 1в1 с оригиналом, бирки есть")]
    public void Flags_the_replica(string text) => LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Fact]
    public void A_certificate_made_to_order_is_also_prohibited() =>
        LabelAssert.RuleFlags(Labels.Prohibited, "B货也行 证书可以给你开A货");

    [Theory]
    [InlineData("翡翠A货 天然未处理 附证书")]                                 // jade's A货: natural, untreated
    [InlineData("A貨翡翠手鐲 天然緬甸料")]
    [InlineData("非官方渠道买的高仿不在售后范围哦")]                          // the shop's anti-fake notice
    [InlineData("we don't sell 高仿, everything is from the counter")]
    [InlineData("Replica Spitfire model kit, 1:48, glue included")]           // a scale model
    [InlineData("每件都配国检证书 可以扫码查")]                               // a certificate that comes with the piece
    [InlineData("no logo no box, plain white label, add your own brand")]     // white label, no customs talk
    [InlineData("镜面级不锈钢 抛光很亮")]                                     // a mirror finish
    public void Keeps_the_look_alike_clean(string text) => LabelAssert.NoRuleFlags(Labels.Counterfeit, text);
}
