using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2, session 22: contempt with no swear word, threats of doxxing and a pile-on, curses on family, dialect insults and
/// the agent asked out, held for a moderator (world_abuse.json); and the same words aimed at the sender, at the app, named
/// in a product or reported from someone else, which must not block. Phrased apart from the corpora.
/// </summary>
public class ContemptThreatAndSelfAimedFamilyTests
{
    [Theory]
    [InlineData("九年义务教育没教你怎么查物流吗")]
    [InlineData("您这智商当客服真是屈才了")]
    [InlineData("亲 认字吗 页面上写得清清楚楚")]
    [InlineData("我现在就开盒你，等着")]
    [InlineData("再不处理我叫几个兄弟过去砸店")]
    [InlineData("我在你们仓库门口蹲你，别想躲")]
    [InlineData("没妈的东西，会不会说话")]
    [InlineData("哈麻批 发错货了还嘴硬")]
    [InlineData("鳖孙 又给我发错色")]
    [InlineData("do you even have a brain or is it just for show")]
    [InlineData("my 8 year old could do your job better than this")]
    [InlineData("you're lucky this is online mate")]
    [InlineData("tera ghar pata hai, refund bhej warna dekhna")]
    [InlineData("miss single ka ba? coffee tayo after shift")]
    [InlineData("date pe chaloge kya madam")]
    [InlineData("whats ur insta babe, wanna chat")]
    [InlineData("客服你好可爱 私人电话给我一个呗")]
    public void Contempt_threats_and_ask_outs_are_held(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("民宿一晚多少钱，周末有房吗")]
    [InlineData("骑手在小区门口等你，下去拿一下")]
    [InlineData("明天去找你拿货可以吗")]
    [InlineData("我一直敲你们客服都没人回")]
    [InlineData("能帮我把这条挂到网上卖吗")]
    [InlineData("can you model it for me in a short video before I buy?")]
    [InlineData("tomatoes count as a fruit, not a vegetable, right?")]
    [InlineData("you can't escape the heat this week, is the fan back in stock?")]
    [InlineData("my 6 year old loves the dinosaur plush, do you have the blue one?")]
    public void Look_alikes_stay_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("I'm some eejit, I ticked collection instead of delivery, can you change it?")]
    [InlineData("does the Muppets Gonzo plush come with a tag?")]
    [InlineData("I saw someone call your store 'thieves' on facebook but my parcel was perfect")]
    [InlineData("评论区有人刷nmsl，你们管一下")]
    [InlineData("楼顶的TMD阻尼器多少钱一套")]
    [InlineData("tmd总算到了，等了半个月")]
    [InlineData("仆街 我自己打错门牌号 帮我改下得唔得")]
    [InlineData("呢个app真系on9，成日闪退")]
    [InlineData("he typed 'I know where you live' to me in the chat, I blocked him, please check")]
    public void Words_at_oneself_the_app_or_reported_are_never_blocked(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Buyer);

    [Fact]
    public void A_platform_notice_quoting_the_insult_is_never_blocked() =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, "系统提示：您的消息包含辱骂内容（如“傻逼”），请文明用语", SenderRole.Bot);

    [Theory]
    [InlineData("tmd你们到底发不发货")]
    [InlineData("仆街客服 又唔覆")]
    [InlineData("you muppet, the plush arrived torn")]
    [InlineData("傻逼 你自己看错了还怪我")]
    [InlineData("傻逼 自己写错电话还来怪我们")]
    public void The_same_words_at_the_reader_stay_abuse(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
