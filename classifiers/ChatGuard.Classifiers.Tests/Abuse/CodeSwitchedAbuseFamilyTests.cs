using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 (issue 16): English insults aimed with Chinese words, Russian, Ukrainian and Polish insults in Cyrillic or Latin
/// letters inside English chat, and threats to the agent's body or job. Each beside what must stay clean: gifts and things
/// that share the word, a curse at the situation, an "I'll" promise that is service, an insult the buyer reports.
/// </summary>
public class CodeSwitchedAbuseFamilyTests
{
    [Theory]
    [InlineData("亲，你这个 moron 到底看没看留言")]
    [InlineData("你是 dumbass 吗，地址写得很清楚")]
    [InlineData("你们仓库的人都是 losers，三次发错")]
    [InlineData("真是一帮 idiots，还不发货")]
    [InlineData("useless 卖家，问了五遍了")]
    [InlineData("garbage 客服，一问三不知")]
    [InlineData("垃圾 agent 又把我的单关了")]
    [InlineData("fuck 你，退钱")]
    [InlineData("卖家 braindead 吧，颜色都错")]
    public void Flags_English_insults_aimed_with_Chinese_words(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("送你个 dog bed 当赠品，记得查收")]
    [InlineData("给你个 trash bag 装包装盒")]
    [InlineData("这款是 idiot-proof 设计，你一看就会")]
    [InlineData("一堆 clown 玩偶已经到货")]
    [InlineData("垃圾 bags 有大号的吗")]
    public void Leaves_things_that_share_the_word(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Agent);

    [Theory]
    [InlineData("вы что, дебилы? the tracking has not moved in a week")]
    [InlineData("ти ідіот? I sent the photo twice")]
    [InlineData("ну ты и козел, refund now")]
    [InlineData("ty tupoy? I said size 42")]
    [InlineData("poshel na huy with your 'please wait'")]
    [InlineData("what a debil, the box is empty")]
    [InlineData("мудак, where is my parcel")]
    public void Flags_Slavic_insults_in_either_alphabet(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("блин, опять задержка with the courier")]
    [InlineData("тупой нож в комплекте? the knife came blunt")]
    [InlineData("the battery is debilitating slow to charge")]
    [InlineData("идиотская ситуация, the parcel went to Minsk")]
    public void Leaves_curses_at_the_situation_and_plain_senses(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("refund me or I'm coming to your depot and breaking your legs")]
    [InlineData("I swear I'll snap every bone in your body")]
    [InlineData("one more excuse and I'll kick your teeth in")]
    [InlineData("im gonna make sure you lose your job over this")]
    [InlineData("I'll ring your manager daily until they fire you")]
    [InlineData("I will get you fired, mark my words")]
    public void Flags_threats_to_the_agents_body_or_job(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("I'll make sure you get the refund today")]
    [InlineData("I'm coming to your shop on Saturday to pick it up")]
    [InlineData("the old battery is at your depot, I'll come by and swap it")]
    [InlineData("my boss said they will fire the courier who lost it")]
    public void Leaves_promises_and_visits_that_are_service(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("does lesson 4 explain KNN regression with a worked example?")]
    [InlineData("we compare KNN, random forests and SVM in the final project")]
    public void Leaves_the_knn_of_a_machine_learning_course(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("knn, three days and still no tracking")]
    public void Still_flags_the_knn_curse(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
