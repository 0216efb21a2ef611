using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 recall, session 28 (Lexicons/subversion.json): a region's secession called for with force beside it (建国 with
/// 武力, "declare independence" with machetes), the rulers pulled down in dialect (上头那些人都该拉下来, 换个天), and praise
/// of an attack on a tax office, a police station or a crowd — held for a moderator, never acting alone. A game where one
/// founds a nation, a film, a fried snack, an independent pack and a buyer reporting a post stay clean.
/// </summary>
public class SeparatistCallAndAttackPraiseTests
{
    [Theory]
    [InlineData("separatist-call", "我们这个省迟早自己建国，到时候拿起武力赶走他们")]
    [InlineData("separatist-call", "when we declare independence every outsider goes, machetes ready")]
    [InlineData("subversion-call", "这个朝廷早就烂透了，上头那些人都该拉下来")]
    [InlineData("terror-praise", "有人放火烧警局那次，我是真的超崇拜")]
    public void A_call_with_its_target_or_force_is_held_not_blocked_by_the_rule(string rule, string text) =>
        LabelAssert.HeldByRule(Labels.Prohibited, rule, text, SenderRole.Unknown);

    [Theory]
    [InlineData("这款策略游戏可以自己建国，打仗很好玩，有中文版吗")]
    [InlineData("建国大业 电影蓝光 有货吗")]
    [InlineData("薯条炸了两遍，口感很爽脆，客服推荐的没错")]
    [InlineData("独立包装的小零食，每包都能单独撕开")]
    [InlineData("有人在评论区说要独立建国还要动武，我已经举报了")]
    [InlineData("the escort vehicle arranged by the haulier may shift the delivery date")]
    public void The_innocent_twins_raise_no_prohibited_rule(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Unknown);
}
