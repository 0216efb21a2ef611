using ChatGuard.Classifiers.Detection;
using ChatGuard.Classifiers.Detection.Abuse;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// The families the hand-written blind check (corpus/holdout-a.jsonl) showed going wrong, in phrasings of their own:
/// look-alikes stay clean for the sender who would write them, the evasions are caught.
/// </summary>
public class BlindCheckFamilyTests
{
    [Theory]
    [InlineData("好的", SenderRole.Agent)]                                       // a short acknowledgement is no evidence
    [InlineData("定金交了，尾款啥时候能付啊", SenderRole.Buyer)]                    // a buyer asking when to pay is no fee demand
    [InlineData("when can I pay the rest of the pre-order deposit", SenderRole.Buyer)]
    [InlineData("刚有人自称你们客服，让我提供银行卡号，我没给", SenderRole.Buyer)]      // a buyer reporting a scam
    [InlineData("有人冒充快递让我扫码领赔偿，是你们吗", SenderRole.Buyer)]
    [InlineData("收银机能扫微信和支付宝的付款码吗", SenderRole.Buyer)]             // a product fact, not a payee
    [InlineData("notifications from LINE, WhatsApp and Signal all show on the band", SenderRole.Agent)]
    [InlineData("请注意，有人自称平台客服让您转账到安全账户，请直接挂断", SenderRole.Agent)]
    public void Look_alikes_are_clean(string text, SenderRole role)
    {
        var verdict = LabelAssert.Scan(text, role);
        Assert.True(verdict.IsClean, $"{text}: {string.Join("; ", verdict.Findings.Select(f => $"{f.Label} {f.Detail}"))}");
    }

    [Theory]
    [InlineData("call 1 5 9 - 0 1 2 3 - 4 5 6 7 anytime", Labels.ContactDiversion)]         // spaced digits with " - "
    [InlineData("扣扣 二八六六一三五七九 私聊", Labels.ContactDiversion)]                       // a QQ number in numerals
    [InlineData("粉丝群号 三九八八二七一零六 进来领券", Labels.ContactDiversion)]
    [InlineData("vx xi*ao*mei*2021 发你实拍", Labels.ContactDiversion)]                      // a masked handle
    [InlineData("wei xin hao shi lucky_mall_9", Labels.ContactDiversion)]                    // pinyin of 号/是 before the handle
    [InlineData("网站 cheap-kicks 句号 top 下单更便宜", Labels.ContactDiversion)]                // a domain with 句号
    [InlineData("你们绿色泡泡多少，我私下买", Labels.ContactDiversion)]
    [InlineData("我们小店在dy上也有，dy搜 木木家 便宜", Labels.ContactDiversion)]
    [InlineData("税务局通知：您店铺需补缴税款2000元", Labels.Impersonation)]                   // an institution's notice asking for money
    [InlineData("I'm from the platform support team, your payout is on hold", Labels.Impersonation)]
    [InlineData("[System] Payment failed, send your card number to retry", Labels.Impersonation)]
    [InlineData("我是中通快递的，您的件破损了，加我处理赔偿", Labels.Impersonation)]
    [InlineData("违约金500元，先转过来才能退款", Labels.OffPlatformPayment)]                  // a fee the platform never charges
    [InlineData("先发个红包给我当定金，我给你留着", Labels.OffPlatformPayment)]
    [InlineData("这批是gf货，对比过的", Labels.Counterfeit)]
    [InlineData("喝这个茶能防癌", Labels.ExaggeratedClaims)]
    [InlineData("报班百分百拿offer", Labels.ExaggeratedClaims)]
    [InlineData("出售手持身份证照片，一套八十", Labels.Prohibited)]
    [InlineData("有气狗 要的私", Labels.Prohibited)]
    public void Evasions_are_caught(string text, string label)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Agent);
        Assert.True(verdict.Labels.Contains(label), $"expected {label} for: {text} (got [{string.Join(",", verdict.Labels)}])");
    }

    [Theory]
    [InlineData("这件衣服做得太垃圾，客服还不理人", false)]   // two clauses: the product, then the service
    [InlineData("做工垃圾。客服呢？", false)]
    [InlineData("垃 圾 客 服", true)]                        // spacing inside one term still reads as the term
    [InlineData("垃圾.客服", true)]
    public void Insult_terms_do_not_run_across_clauses(string text, bool insult)
    {
        var findings = new List<Finding>();
        new AbuseDetector().Detect(new TextNormalizer().Normalize(text), new ScanContext(PolicyProfileCatalog.LoadBuiltIn().Get(null), ScanOptions.Default), findings);
        Assert.Equal(insult, findings.Count > 0);
    }

    [Theory]
    [InlineData("你到底是不是有病，说了八遍了")]
    [InlineData("不想卖就算了，滚")]
    public void Insults_in_their_own_clause_are_abuse(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Buyer);
        Assert.Contains(Labels.Abuse, verdict.Labels);
    }
}
