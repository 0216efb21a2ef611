using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 recall, session 24: abuse with no swear word or in disguise — contempt in polite words, 阴阳怪气, homophones,
/// initials and emoji, threats at the shop and the agent's home, doxxing, curses on the family, the agent asked out or
/// harassed in the fresh markets' languages — held for review, beside look-alikes of the new phrases that stay clean.
/// Phrased apart from the corpora.
/// </summary>
public class PoliteContemptAndThreatFamilyTests
{
    [Theory]
    [InlineData("这个扫地机除了扫地还会干点啥？能拖地吗")]
    [InlineData("我就是文盲一个，说明书看不懂，能发个视频吗")]
    [InlineData("想约你们师傅周六上门安装")]
    [InlineData("这袋是不是二百五十克的")]
    [InlineData("我让人去你家取件，下午三点可以吗")]
    [InlineData("客服，垃圾做工，我要退货，客服快处理")]
    [InlineData("humanda ka na po, papunta na yung rider")]
    public void Look_alikes_of_the_new_phrases_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("麻烦您动用一下那为数不多的脑细胞，再核对一遍地址")]
    [InlineData("以您的智商，能当上客服也是不容易")]
    [InlineData("哟，回个消息这么慢，忙着投胎呢？")]
    [InlineData("我说的是换货，nt吧你")]
    [InlineData("你是智zhang吗，说了三遍了")]
    [InlineData("再不退钱我带人去你们店里砍人")]
    [InlineData("我已经查到你真名了，等着吧")]
    [InlineData("found your linkedin, wanna see it all over facebook?")]
    [InlineData("your mum must be so ashamed she raised such a useless agent")]
    [InlineData("下班别走，我在楼下")]
    [InlineData("约你出去吃个饭，你几点下班")]
    [InlineData("晚上出来耍嘛妹儿")]
    [InlineData("tao tới tận nhà mày đấy")]
    [InlineData("ไม่คืนเงินกูจะไปหาถึงร้านนะ")]
    [InlineData("pasilip naman ng katawan mo ate")]
    [InlineData("девушка, скинь фото в белье")]
    [InlineData("下班别走，我知道你们仓库在哪，小心点")]
    [InlineData("不删评就等着被抓吧你")]
    [InlineData("妳下班幾點 私人電話留一個 想約妳看電影")]
    [InlineData("whatever you f*ggot, just refund")]
    [InlineData("建议您去医院看看脑子再来回复")]
    [InlineData("mày chờ đấy, không hoàn tiền là biết tay")]
    [InlineData("tu veux sortir avec moi après ton service ?")]
    public void Contempt_threats_and_ask_outs_are_held(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
