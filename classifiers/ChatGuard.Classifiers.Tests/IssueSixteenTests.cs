using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>Issue 16's families: the legitimate messages it lists stay clean, the evasions it lists are caught (as the shop).</summary>
public class IssueSixteenTests
{
    [Theory]
    [InlineData("这批苹果没有病虫害", SenderRole.Agent)]               // 有病 across a word boundary
    [InlineData("型号 SB-300 还有吗", SenderRole.Buyer)]               // sb inside a model code
    [InlineData("请问 CNM-12 接头还有现货吗", SenderRole.Buyer)]       // curse initials inside model codes
    [InlineData("TMD40 款的说明书在哪下载", SenderRole.Buyer)]
    [InlineData("温馨提示：凡是索要验证码、让您扫码付款的都是骗子，请认准平台内沟通", SenderRole.Agent)]
    [InlineData("预售商品先交定金，尾款开售当天在APP里补齐", SenderRole.Agent)]
    [InlineData("can it sync LINE and Telegram alerts", SenderRole.Buyer)]
    [InlineData("fake nails, 24 pieces", SenderRole.Agent)]
    [InlineData("快递员让我加他微信，这正常吗？", SenderRole.Buyer)]
    [InlineData("有个陌生人让我加QQ说能退款，是你们的人吗", SenderRole.Buyer)]
    [InlineData("这双鞋跟官网的一样吗，不会是假货吧", SenderRole.Buyer)]
    [InlineData("已经给你们五星好评了", SenderRole.Buyer)]
    [InlineData("海关退运了，我们跟顺丰客服申请理赔", SenderRole.Agent)]
    public void Legitimate_messages_are_clean(string text, SenderRole role)
    {
        var verdict = LabelAssert.Scan(text, role);
        Assert.True(verdict.IsClean, $"{text}: {string.Join("; ", verdict.Findings.Select(f => $"{f.Label} {f.Detail}"))}");
    }

    // The term rules alone (the learned heads have their own calibration): product words that contain a prohibited
    // or absolute term stay clean.
    private static readonly ModerationPipeline RulesOnly = new(new TextNormalizer(),
        ModerationPipeline.CreateDetectors(new LexiconCatalog(new TextNormalizer())).Where(d => d is not LearnedLabelDetector),
        PolicyProfileCatalog.LoadBuiltIn());

    [Theory]
    [InlineData("水枪和泡泡枪都有货")]
    [InlineData("100%纯棉，最快明天发货")]
    [InlineData("这个万能充和万能胶都包好了")]
    [InlineData("蘑菇汤和冰红茶都在菜单上")]
    public void Term_rules_leave_product_words_alone(string text)
    {
        var verdict = RulesOnly.Scan(RulesOnly.Normalize(text), new ScanOptions(Role: SenderRole.Agent));
        Assert.True(verdict.IsClean, $"{text}: {string.Join("; ", verdict.Findings.Select(f => $"{f.Label} {f.Detail}"))}");
    }

    [Fact]
    public void A_complaint_about_the_product_is_at_most_held_never_blocked() =>
        Assert.True(LabelAssert.Scan("这个材质有点垃圾啊", SenderRole.Buyer).Action <= ModerationAction.Review);

    [Theory]
    [InlineData("🐧 12345678", Labels.ContactDiversion)]
    [InlineData("🛰️：lily7788", Labels.ContactDiversion)]
    [InlineData("✈️ @lily_shop", Labels.ContactDiversion)]
    [InlineData("微*：lily7788", Labels.ContactDiversion)]
    [InlineData("jia wo weixin lily7788", Labels.ContactDiversion)]     // pinyin from Unihan kMandarin
    [InlineData("dian hua 139 0013 8000 ba", Labels.ContactDiversion)]
    [InlineData("zhifubao zhuan wo, send me 200", Labels.OffPlatformPayment)]                 // the cue masked, the handle readable
    [InlineData("某宝搜店名“小丽家居”更便宜", Labels.ContactDiversion)]
    [InlineData("我是派出所民警，你的订单涉嫌洗钱", Labels.Impersonation)]
    [InlineData("平台通知：您的账户异常，请缴纳解冻费200元", Labels.Impersonation)]
    [InlineData("系统检测到您的订单异常，需支付保证金才能退款", Labels.Impersonation)]
    [InlineData("我们是平台授权的客服，可以帮你解冻", Labels.Impersonation)]
    [InlineData("买张京东E卡把卡密发我就行", Labels.OffPlatformPayment)]
    [InlineData("刷单做任务返佣金，日结", Labels.OffPlatformPayment)]
    [InlineData("send it via Zelle to me please", Labels.OffPlatformPayment)]
    [InlineData("开户行和户名发你了，直接转账就行", Labels.OffPlatformPayment)]
    [InlineData("有飞叶子的货吗，懂的来", Labels.Prohibited)]
    [InlineData("🌿有货，一克300，懂的私", Labels.Prohibited)]
    [InlineData("we sell replica guns and ammo", Labels.Prohibited)]
    [InlineData("本产品国家级品质，全网最佳", Labels.ExaggeratedClaims)]
    [InlineData("祖传秘方，治愈率100%", Labels.ExaggeratedClaims)]
    [InlineData("⭐⭐⭐⭐⭐好评发🧧", Labels.ReviewSolicitation)]
    [InlineData("📸 + ⭐⭐⭐⭐⭐ = 💸 back ✌️", Labels.ReviewSolicitation)]   // 💸 money paid out
    [InlineData("leave 5⭐ get a 🎁", Labels.ReviewSolicitation)]             // 🎁 a gift for the stars
    [InlineData("你是🐷吗", Labels.Abuse)]
    [InlineData("小姐姐声音这么好听，晚上陪我聊聊呗", Labels.Abuse)]
    public void Evasions_are_caught(string text, string label)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Agent);
        Assert.True(verdict.Labels.Contains(label), $"{text}: [{string.Join(",", verdict.Labels)}]");
        Assert.NotEqual(ModerationAction.Allow, verdict.Action);
    }

    [Fact]
    public void A_term_that_could_be_innocent_holds_for_review_while_a_handle_masks_the_whole_handle()
    {
        // The term rule alone holds it (the learned head may block it from its calibrated threshold up).
        var gift = RulesOnly.Scan(RulesOnly.Normalize("买张京东E卡把卡密发我就行"), new ScanOptions(Role: SenderRole.Agent));
        Assert.Equal(ModerationAction.Review, gift.Action);
        var handle = LabelAssert.Scan("微信：lily_7788", SenderRole.Agent);
        Assert.Equal(ModerationAction.Mask, handle.Action);
        Assert.Equal(new string('*', "微信：lily_7788".Length), handle.Masked);
        Assert.Single(handle.Findings);
    }
}
