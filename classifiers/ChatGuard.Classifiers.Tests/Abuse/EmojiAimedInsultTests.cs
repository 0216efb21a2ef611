using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2, ABU29 (lfo28 misses): 🐷 🐶 🤡 called of the reader (you are 🐶, 这位🐶顾客) or the clown beside
/// the reader's own mistake are held for a moderator (emoji_aimed_abuse.json); a pet, pet food, a zodiac year, a clownfish,
/// a 🐶 lover, self-mockery and 💩 said of the goods stay clean.
/// </summary>
public class EmojiAimedInsultTests
{
    [Theory]
    [InlineData("客服 you are 🐶, zz", SenderRole.Buyer)]
    [InlineData("你们店全是🐶，老板养了一窝🐶", SenderRole.Buyer)]
    [InlineData("这位🐶顾客麻烦自己滚去看说明书", SenderRole.Agent)]
    [InlineData("whoever runs this shop is a 🐷", SenderRole.Buyer)]
    [InlineData("🤡 buying a 38 when your foot is a 42 and then blaming us", SenderRole.Agent)]
    public void An_emoji_insult_aimed_at_the_reader_is_held(string text, SenderRole role) =>
        LabelAssert.HeldByRule(Labels.Abuse, "emoji-aimed-insult", text, role);

    [Theory]
    [InlineData("我是🐷，又忘了用优惠券")]
    [InlineData("我真是个猪脑子，地址填错了，能帮我改一下吗")]
    [InlineData("Need 🤡 noses x20 for a circus-themed party, can you get them to Perth by Saturday?")]
    [InlineData("这款🐶狗粮你家狗狗爱吃吗")]
    [InlineData("小丑鱼摆件你喜欢吗")]
    [InlineData("你们家的🐶好可爱")]
    [InlineData("垃圾分类袋你们有吗")]
    [InlineData("this bin is a 💩 magnet lol")]
    [InlineData("the quality is 💩")]
    [InlineData("客服，做工垃圾，售后还推来推去～")]
    [InlineData("you are 🐶 lover right? we have new pet beds")]
    public void Their_look_alikes_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
