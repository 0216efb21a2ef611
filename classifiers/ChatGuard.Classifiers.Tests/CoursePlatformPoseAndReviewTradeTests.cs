using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 27 (C6, C7) on a knowledge-course platform: an adviser speaking from inside the exam or labour authority, a
/// teacher claiming a famous school's staff or outpost, a shop speaking as the platform; reviews traded for study time,
/// material or a bigger parcel, stars demanded before the service, a review changed for a refund, praise dictated. Each
/// beside its look-alike: a degree or a past job stated plainly, a denial, an official site pointed at, a buyer's report,
/// the platform's real escrow, a check-in reward with no review, a shop that cannot touch reviews, feedback asked for.
/// Phrased apart from the corpora.
/// </summary>
public class CoursePlatformPoseAndReviewTradeTests
{
    [Theory]
    [InlineData("poses-as-authority", "我是市考试院的老师，考场座位可以帮你往前调")]
    [InlineData("poses-as-authority", "本人在人社厅职业能力处工作，这个证书名额很紧张")]
    [InlineData("government-endorsement", "我们机构是教育局直属的，结业证书统一盖章")]
    [InlineData("government-endorsement", "人社局内部渠道拿的名额，交钱就能报")]
    [InlineData("poses-as-institution", "这门课的主讲就是新东方的王牌老师")]
    [InlineData("poses-as-institution", "我们是学而思的合作校区，课表跟他们一样")]
    [InlineData("poses-as-institution", "本课程由高顿官方授权，我们是线上分部")]
    [InlineData("platform-run-shop", "我们店的客服就是平台客服，有事找我们就等于找平台")]
    [InlineData("platform-authority", "您不用申请介入了，我这边就能做平台的决定")]
    [InlineData("platform-authority", "您好，我是平台官方学习顾问，给您发了一张补贴券")]
    public void Holds_course_shop_poses_for_review(string rule, string text) => LabelAssert.HeldByRule(Labels.Impersonation, rule, text, SenderRole.Agent);

    [Theory]
    [InlineData("主讲老师是北大数学系博士毕业，学历在讲师主页可以查")]
    [InlineData("我们老师之前在新东方教过两年托福，现在是我们的全职老师")]
    [InlineData("我们不是新东方，也没有和任何考试机构合作")]
    [InlineData("我在考试院官网看到了，今年报名下周截止")]
    [InlineData("有人自称考试院工作人员找您收钱的话，一定是骗子")]
    [InlineData("资金由平台托管，您确认收货后我们才收到钱")]
    [InlineData("售后可以申请平台介入，平台会做最终判定")]
    public void Passes_credentials_denials_and_real_platform_services(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Fact]
    public void A_buyer_asking_whether_the_teacher_is_from_a_famous_school_is_clean() =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, "这个老师真的是新东方的班主任吗？", SenderRole.Buyer);

    [Theory]
    [InlineData("给课程打满分的同学，下一期可以半价报名")]
    [InlineData("评价给五星的学员，送三节课时")]
    [InlineData("好评后回放有效期给您延长半年")]
    [InlineData("给个五分，下次发货给您多装一包")]
    [InlineData("先给五星，我们才会处理您的换课申请")]
    [InlineData("货还在路上，您先给个好评占个坑")]
    [InlineData("评价里提一下“老师讲得很好”，谢谢啦")]
    [InlineData("您要是改下评价，退款马上给您批")]
    [InlineData("Your refund will be approved once the 1-star review is revised")]
    public void Flags_course_review_trades(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("打卡满30天系统自动送资料，跟评价没关系")]
    [InlineData("我们这边没法修改也没法删除您的评价，都由平台审核")]
    [InlineData("收到课程资料后再评价就好，不用先给好评")]
    [InlineData("还没收到教材吗？收到后满意的话给个好评就好")]
    [InlineData("我们店好评率很高，全场包邮")]
    [InlineData("评价按您的真实感受写，觉得不好就说不好")]
    public void Passes_honest_invitations_and_rewards_unrelated_to_reviews(string text) => LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);
}
