using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 25, precision and recall defects of the term lists: warning words a scam uses as bait (举报, 违禁品, 平台规定,
/// "fraud", 涉及诈骗案件) no longer switch its rules off, while a shop's own warning still does (C4, C6); 他人/其他 is no
/// third party's reported ask and 信不信 no negation (C1, C3, C5); a phone number typed with O, l or I after a cue is
/// read (C1). Phrased apart from the corpora.
/// </summary>
public class ScamBaitAndLookAlikeDigitTests
{
    [Theory]
    [InlineData("按平台规定要先交保证金500，不交就举报你")]
    [InlineData("您的包裹内有违禁品，需缴纳罚款2000元才能放行")]
    [InlineData("The anti-fraud system holds your order: a refundable security deposit of 20% is needed")]
    [InlineData("Bank fraud unit here: move your savings to this safe account today")]
    [InlineData("退款可以，但要扣15%手续费，平台规定的")]
    [InlineData("银行客服提醒您：分期利率过高，需转账到安全账户重新办理")]
    public void A_scam_fee_using_a_warning_word_as_bait_is_still_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("平台规定需缴纳保证金，否则举报")]
    [InlineData("165反詐騙專線通知：您的帳戶涉及詐騙案件，需將存款轉入監管帳戶")]
    public void A_scam_notice_using_a_warning_word_as_bait_is_still_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("本店不卖违禁品，有人让您缴纳保证金都是骗子")]
    [InlineData("温馨提示：海关通知补缴关税的短信都是骗子")]
    [InlineData("温馨提示：凡是让您把钱转到安全账户的警察都是骗子")]
    [InlineData("海关不会让您转账到安全账户")]
    [InlineData("我已举报，有人冒充你们让我交保证金")]
    public void The_shop_s_own_warning_stays_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);
    }

    [Theory]
    [InlineData("请勿告知他人并加我LINE")]
    [InlineData("其他问题加我微信聊")]
    [InlineData("信不信加我微信便宜一半")]
    public void Others_and_an_A_not_A_question_negate_no_ask(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Fact]
    public void A_number_threatened_with_exposure_is_no_ask_for_it() =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, "信不信我把你的电话挂到网上", SenderRole.Buyer);

    [Fact]
    public void A_number_asked_for_is_still_an_ask() =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, "把你的电话给我，我直接打给你", SenderRole.Buyer);

    [Fact]
    public void Believe_it_or_not_negates_no_review_reward() =>
        LabelAssert.RuleFlags(Labels.ReviewSolicitation, "信不信好评返现");

    [Theory]
    [InlineData("他让我加微信，我没加", SenderRole.Agent)]
    [InlineData("有人让我加他微信，是你们吗", SenderRole.Buyer)]
    [InlineData("快递员说让我加他微信", SenderRole.Buyer)]
    public void A_third_party_s_reported_ask_stays_clean(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, role);

    [Theory]
    [InlineData("加我电话 138OO138OOO")]
    [InlineData("电话：l3800l38000")]
    [InlineData("手机号 I38 0013 8000 有事打")]
    [InlineData("call me 0917 l23 4567")]
    public void A_phone_number_typed_with_look_alike_letters_after_a_cue_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("电话 lol 打不通")]
    [InlineData("手机号 iPhone 15 Pro 有货吗")]
    [InlineData("电话打不通 型号 IO8O 还有吗")]
    [InlineData("电话里说的是 io 接口 1234 型")]
    public void Letters_after_a_phone_cue_that_are_no_number_stay_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
}
