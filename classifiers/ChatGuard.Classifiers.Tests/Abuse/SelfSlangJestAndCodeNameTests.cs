using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2, session 23: look-alikes the rules blocked as insults — the word at oneself (我真的北七, 我是不是很87, 戇居居咁撳咗),
/// a product line (白痴系列), a component code (TMD光感), a novel's title, the situation sworn at, a curse reported in
/// Vietnamese, Indonesian or by an agent about a buyer, banter taken back as a joke — and the same words at the reader,
/// which stay abuse. Phrased apart from the corpora.
/// </summary>
public class SelfSlangJestAndCodeNameTests
{
    [Theory]
    [InlineData("请问白痴系列还会返场吗")]
    [InlineData("TMD光感芯片有现货吗 要二十片")]
    [InlineData("人渣反派自救系统的周边还有吗")]
    public void Product_lines_and_codes_stay_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("我真的北七 付款方式選錯了 可以重下嗎")]
    [InlineData("我是不是很87 兩張訂單都填了舊地址")]
    [InlineData("戇居居咁揀咗錯尺寸,可以換嗎")]
    [InlineData("this is fucking ridiculous, tracking hasn't moved since monday")]
    [InlineData("奸商 哈哈开玩笑的 还是老样子来一份")]
    [InlineData("anh shipper chửi tôi là đồ ngu, shop phản ánh giúp em")]
    [InlineData("ada yang komen 'tolol' di postingan toko, tolong dihapus ya kak")]
    [InlineData("组长 那个买家又骂nmsl了 要不要拉黑")]
    public void Words_at_oneself_the_situation_or_reported_are_never_flagged_by_rules(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("你真的北七欸 地址都看不懂")]
    [InlineData("你个戇居居 咁都唔识")]
    [InlineData("this shop is fucking ridiculous, refund me")]
    [InlineData("奸商！又涨价了")]
    [InlineData("白痴 盲盒发错了还不认")]
    [InlineData("tmd你们到底发不发货")]
    public void The_same_words_at_the_reader_stay_abuse(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
