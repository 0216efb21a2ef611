using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 precision, HKTW26 (t228's Taiwan and Hong Kong lines, blocked as insults): a swear said of the sender (我自己on9,
/// 係我 on9, 收皮啦我, 說自己北七, 我哋同事都試過 on9 打錯), an exclamation before good news (嘩 仆街 咁快到), a "dumb question"
/// preface (on9 question:) or a toy's description (戇居居嘅企鵝公仔) names no one in the chat; the same words aimed at the
/// reader stay abuse.
/// </summary>
public class HongKongTaiwanSwearAtNoOneTests
{
    [Theory]
    [InlineData("我自己on9揀錯 size 想換 M 可以嗎")]
    [InlineData("haha 係我 on9 唔記得改地址 麻煩幫我改返屯門嗰個")]
    [InlineData("我今日真係好 on9，order 咗兩次 cancel 一張得唔得")]
    [InlineData("唔緊要呀 我哋同事都試過 on9 打錯 tracking，已經幫你 update 咗")]
    [InlineData("收皮啦我 咁大個人都唔識 assemble 呢個櫃 有冇教學片")]
    [InlineData("on9 question: 呢個 charger 用唔用到 iPad")]
    [InlineData("仆街 原來我 wrong address 寄咗返公司 冇事 我自己去拎")]
    [InlineData("嘩 仆街 咁快到 琴晚先落單今朝就收到")]
    [InlineData("呢隻戇居居嘅企鵝公仔好受歡迎 得返三隻")]
    [InlineData("哈哈 我們同事也常說自己北七 把色號記錯 已經幫您更正成霧粉色囉")]
    [InlineData("ㄍㄢˋ 我自己手滑按了兩次結帳 幫我取消一張")]
    public void Swears_said_of_oneself_or_in_delight_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("你on9呀 我講咗三次地址")]
    [InlineData("係你 on9 唔記得改地址 仲要我等")]
    [InlineData("你哋 on9 打錯 tracking 仲要我等")]
    [InlineData("蛤？自己北七買錯色還怪我們 笑爛")]
    [InlineData("你收皮啦我 唔想再同你講")]
    [InlineData("仆街客服 三日都唔覆")]
    [InlineData("嘩 仆街 咁耐都未到 你哋搞咩")]
    [InlineData("北七喔你 講幾次了")]
    [InlineData("你自己北七 還怪我們")]
    [InlineData("on9 CS 問咩都copy and paste")]
    [InlineData("ㄍㄢˋ 你們客服是死光了嗎 兩天沒人回")]
    [InlineData("我cnm 又寄錯")]
    public void The_same_words_aimed_at_the_reader_stay_abuse(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
