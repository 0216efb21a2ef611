using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 recall, session 25 (implied_abuse.json): abuse with no listed slur — a curse dressed as a wish, contempt for the
/// reader's wits or means, a threat that names finding the person, violence promised at the shop, dialect and homophone
/// swears, an animal emoji said of the shop, remarks on the agent's body — held for a moderator and never acting alone;
/// beside each, the innocent twins that stay clean. Phrased apart from the corpora.
/// </summary>
public class ImpliedAbuseFamilyTests
{
    [Theory]
    [InlineData("curse-as-wish", "祝你们这家黑店早日倒闭", SenderRole.Buyer)]
    [InlineData("curse-as-wish", "祝这位客服早日被老板炒掉", SenderRole.Buyer)]
    [InlineData("curse-as-wish", "愿你们老板天天被投诉", SenderRole.Buyer)]
    [InlineData("curse-as-wish", "hope your store goes bust before christmas", SenderRole.Buyer)]
    [InlineData("wits-contempt", "亲，您是不是不认字呀，页面上写着呢", SenderRole.Agent)]
    [InlineData("wits-contempt", "跟你讲了五遍，你这理解能力真让人佩服", SenderRole.Agent)]
    [InlineData("wits-contempt", "说三遍了还记不住，您这是金鱼的记忆吧", SenderRole.Agent)]
    [InlineData("wits-contempt", "这客服怕不是从动物园跑出来的", SenderRole.Buyer)]
    [InlineData("wits-contempt", "你自己去开一家店试试呗", SenderRole.Agent)]
    [InlineData("means-contempt", "买不起就别在这儿砍价了亲", SenderRole.Agent)]
    [InlineData("means-contempt", "这款不是给你这种预算准备的", SenderRole.Agent)]
    [InlineData("found-threat", "你家地址我查到了，过两天带人上门聊聊", SenderRole.Buyer)]
    [InlineData("found-threat", "我知道你叫什么，你自己掂量着办", SenderRole.Buyer)]
    [InlineData("found-threat", "你老板住哪我都知道", SenderRole.Buyer)]
    [InlineData("violence-threat", "再拖着不退，我提桶汽油过去找你们", SenderRole.Buyer)]
    [InlineData("dialect-swear", "龟孙客服，啥时候发货", SenderRole.Buyer)]
    [InlineData("dialect-swear", "册那 你们这服务", SenderRole.Buyer)]
    [InlineData("dialect-swear", "你吗的 又发错货", SenderRole.Buyer)]
    [InlineData("emoji-insult", "🐶店 发错货还不认", SenderRole.Buyer)]
    [InlineData("emoji-insult", "🐷🐷 这次看清楚再下单", SenderRole.Agent)]
    [InlineData("sexual-remark", "客服小姐姐胸部多大呀", SenderRole.Buyer)]
    [InlineData("single-ask", "你是单身吗 下班聊聊", SenderRole.Buyer)]
    [InlineData("curse-as-wish", "祝你过年快乐 喝口水都噎死", SenderRole.Buyer)]
    [InlineData("wits-contempt", "你说话之前能不能过过脑子", SenderRole.Buyer)]
    [InlineData("wits-contempt", "跟你们这种人讲道理没用", SenderRole.Agent)]
    [InlineData("means-contempt", "就这点钱还好意思砍价", SenderRole.Agent)]
    [InlineData("found-threat", "你的手机号我查到了，小心点", SenderRole.Buyer)]
    [InlineData("found-threat", "客服小李是吧，全网曝光她", SenderRole.Buyer)]
    [InlineData("sexual-remark", "想听你叫一声哥哥", SenderRole.Buyer)]
    [InlineData("single-ask", "小姐姐今晚一个人吗", SenderRole.Buyer)]
    [InlineData("curse-as-wish", "hope your parcel gets lost forever", SenderRole.Agent)]
    [InlineData("wits-contempt", "is english your fifth language or what", SenderRole.Buyer)]
    [InlineData("found-threat", "i'll keep posting till you're fired", SenderRole.Buyer)]
    public void Implied_abuse_is_held_not_blocked_by_the_rule(string rule, string text, SenderRole role) =>
        LabelAssert.HeldByRule(Labels.Abuse, rule, text, role);

    [Theory]
    [InlineData("客服小姐姐胸部多大呀")]
    public void Sexual_remarks_to_the_agent_are_prohibited_content_too(string text) =>
        LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    // A violent threat is C2 and C3 intimidation (the lead's convention of session 26, intimidation.json): both held alike.
    [Fact]
    public void A_violent_threat_is_abuse_and_intimidation_held_alike()
    {
        var verdict = LabelAssert.Scan("信不信我一把火烧了你的店", SenderRole.Buyer);
        Assert.Contains(Labels.Abuse, verdict.Labels);
        Assert.Contains(verdict.Findings, f => f.Label == Labels.Prohibited && f.Detail == "intimidation" && !f.ActsAlone);
        Assert.NotEqual(ModerationAction.Block, verdict.Action);
    }

    [Theory]
    [InlineData("祝您生活愉快，欢迎下次光临", SenderRole.Agent)]
    [InlineData("祝你们生意兴隆，下次还来", SenderRole.Buyer)]
    [InlineData("祝贺我吧 隔壁那家店倒闭了，只能来你们家买", SenderRole.Buyer)]
    [InlineData("hope your shop does well, the old brand went bankrupt", SenderRole.Buyer)]
    [InlineData("我是金鱼记忆又忘了单号，麻烦你再发一下", SenderRole.Buyer)]
    [InlineData("我胸部多大该选哪个码呀，85C", SenderRole.Buyer)]
    [InlineData("不识字的老人也能用吗 你们这个手机", SenderRole.Buyer)]
    [InlineData("你们客服说我听不懂人话，我要投诉", SenderRole.Buyer)]
    [InlineData("我穷就别想了，等活动吧", SenderRole.Buyer)]
    [InlineData("这款适合各种消费水平的家庭", SenderRole.Agent)]
    [InlineData("物流我查到了，明天就到，谢谢", SenderRole.Buyer)]
    [InlineData("地址我查到了，我带人去自提可以吗", SenderRole.Buyer)]
    [InlineData("I know where your warehouse is, can I pick it up myself?", SenderRole.Buyer)]
    [InlineData("这款打火机能用汽油吗", SenderRole.Buyer)]
    [InlineData("龟苓膏还有货吗", SenderRole.Buyer)]
    [InlineData("沙比克的原料是进口的吗", SenderRole.Buyer)]
    [InlineData("🐷🐷抱枕还有吗", SenderRole.Buyer)]
    [InlineData("🐶店是卖宠物用品的吗", SenderRole.Buyer)]
    [InlineData("我胸的尺寸是85B，选哪个码", SenderRole.Buyer)]
    [InlineData("这款床是单人的吗", SenderRole.Buyer)]
    [InlineData("三天了还不发货，你们到底怎么回事，我要投诉", SenderRole.Buyer)]
    [InlineData("店员回我“你是不是傻”，我截图了", SenderRole.Buyer)]
    [InlineData("怪我脑子不好使 付了两次款", SenderRole.Buyer)]
    [InlineData("我读书少，这个说明书能讲简单点吗", SenderRole.Buyer)]
    [InlineData("有人冒充你们客服，你们小心点", SenderRole.Buyer)]
    [InlineData("我阿妈等住用，几时发货", SenderRole.Buyer)]
    [InlineData("祝你们新年快乐，全家幸福", SenderRole.Buyer)]
    [InlineData("i'm the dumbest person alive, found the part inside the lid", SenderRole.Buyer)]
    [InlineData("the agent said 'are you even literate' to me, please escalate", SenderRole.Buyer)]
    [InlineData("nobody does it better than you guys", SenderRole.Buyer)]
    public void Innocent_twins_stay_clean(string text, SenderRole role) => LabelAssert.NoRuleFlags(Labels.Abuse, text, role);
}
