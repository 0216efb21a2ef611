using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 28 (C6, C8) on a knowledge-course platform and health stores: a message styled as an exam authority's notice,
/// a ministry partnership or authorisation claimed, an English-test adviser speaking as the exam board, a seller placing
/// himself on the platform's staff; admission, job and pass guarantees, foreseen exam questions, salary floors, effortless
/// income and score certainty. Each beside its look-alike: a notice relayed with the official site, a registration site
/// named, an independent school, a shop naming itself, honest pass rates, retake policy, a denial, a refund rule, a
/// colleague's claim corrected, approved health-food wording. Phrased apart from the corpora.
/// </summary>
public class CourseGuaranteeAndExamBoardTests
{
    [Theory]
    [InlineData("poses-as-authority", "【市人事考试中心】您的考试报名照片不合格，请在本窗口重新提交")]
    [InlineData("poses-as-authority", "研招办通知：复试名单由本机构统一上报，请勿自行联系学校")]
    [InlineData("government-endorsement", "我们是工信部授权的报名点，在这报跟官网一样")]
    [InlineData("government-endorsement", "这门课是人社部联合出品的，证书全国通用")]
    [InlineData("poses-as-institution", "Hello, I'm an IDP examiner and this course follows my marking")]
    [InlineData("poses-as-institution", "We're a Pearson authorised centre, so book the PTE with us directly")]
    [InlineData("poses-as-platform", "im from the platform's refund centre, send me your order number")]
    public void Holds_authority_and_exam_board_poses_for_review(string rule, string text) =>
        LabelAssert.HeldByRule(Labels.Impersonation, rule, text, SenderRole.Agent);

    [Theory]
    [InlineData("考试院发了通知，今年报名推迟一周，以官网公告为准")]
    [InlineData("报名入口在中国人事考试网官网，我们不代报名")]
    [InlineData("We're an independent school, not affiliated with British Council; book the test on their website")]
    [InlineData("Your examiner on test day is from IDP, we only do the preparation")]
    [InlineData("我们是店铺自己的顾问，平台客服只会通过站内信联系你")]
    [InlineData("I'm the shop's own tutor. The platform's support only writes to you through in-app messages")]
    public void Passes_relayed_notices_registration_sites_and_the_shop_naming_itself(string text) =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, text, SenderRole.Agent);

    [Theory]
    [InlineData("专升本全程辅导，保录取，差一分都不行")]
    [InlineData("Python就业班学完包就业，不用担心找不到工作")]
    [InlineData("申论押题卷去年押中了两道原题，今年也一样准")]
    [InlineData("学完月薪保底一万，三个月回本")]
    [InlineData("You will reach band 7 with this plan, no exceptions")]
    [InlineData("Our grads land jobs fast, placement is guaranteed in the contract")]
    [InlineData("Earn $200 a day on autopilot after module 2")]
    public void Flags_course_outcome_guarantees(string text) =>
        LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text, SenderRole.Agent);

    [Theory]
    [InlineData("去年班里通过率是61%，全国大概18%，还是看个人投入")]
    [InlineData("没有任何机构能保录取，我们只负责辅导")]
    [InlineData("考试没过可以申请免费重修一次")]
    [InlineData("Last year 63% of our students passed on their first attempt")]
    [InlineData("We can't guarantee a band 7, it depends on your practice")]
    [InlineData("The 7-day refund is guaranteed if you haven't started the lessons")]
    [InlineData("刚才客服说这个代用茶能降血糖，说法不对，它不能代替药物")]
    [InlineData("Sorry, my colleague shouldn't have said it cures diabetes, please follow your doctor")]
    [InlineData("这款是蓝帽子保健食品，保健功能是辅助降血脂")]
    [InlineData("这个是店铺里销量第一的款，不是全网的")]
    [InlineData("押题卷考前一晚发你，保证跟原题一模一样")]
    public void Passes_statistics_policy_denials_and_corrections(string text) =>
        LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text, SenderRole.Agent);

    [Fact]
    public void A_learner_asking_whether_admission_is_guaranteed_is_clean() =>
        LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, "你们保录取吗？考不过能退吗", SenderRole.Buyer);
}
