using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2, ABU27 (t239's Hong Kong, Taiwan and Malaysian Chinese; session 26's leave-families-out misses): Cantonese 粗口 in
/// romanised and number forms, 注音 and Hokkien swears aimed at the reader (regional_swear_abuse.json) and 阴阳怪气 mockery of
/// the reader's brain, schooling, means, age and upbringing (veiled_contempt_abuse.json) are held for a moderator, never
/// blocked on their own. Their innocent twins — Tagalog kanina, a ccb model code, a swear or a jab said of oneself, a
/// sauce's 老味道, sincere praise of a designer, a buyer reporting what they were called — stay clean.
/// </summary>
public class RegionalSwearAndVeiledContemptTests
{
    [Theory]
    [InlineData("你老味，魚油話買二送一，結帳又冇送")]
    [InlineData("屌9你, seller 態度 so arrogant")]
    [InlineData("diu你，寄错嘢")]
    [InlineData("ㄍㄋㄇ咧，益生菌過期一個月還敢寄出來")]
    [InlineData("kanina 你们的货")]
    [InlineData("ccb 这种服务")]
    [InlineData("你死蠢㗎，講咗三次")]
    [InlineData("撚樣，同你講緊嘢扮聽唔到")]
    [InlineData("你條友咪撚再煩我")]
    [InlineData("懒趴啦你们，寄来的玩具车少了轮子")]
    [InlineData("你们老细是不是死了，拖到现在没人回，屎忽鬼")]
    [InlineData("奧客一個，買個五十塊的扭蛋在那邊靠腰靠木，煩死")]
    public void Regional_swears_at_the_reader_are_held(string text) => LabelAssert.HeldByRule(Labels.Abuse, "regional-swear", text, SenderRole.Buyer);

    [Theory]
    [InlineData("kanina pa ako naghihintay ng order ko")]
    [InlineData("我真係死蠢，揀錯咗尺碼")]
    [InlineData("我自己低B，填錯地址")]
    [InlineData("ccb-200 型號仲有冇貨")]
    [InlineData("你老味道不错吧，这个辣酱")]
    [InlineData("DIU 系列的灯还有吗")]
    [InlineData("客服話我係ㄍㄋㄇ，我已經截圖")]
    [InlineData("我唔係奧客一個，只係想問清楚退貨流程")]
    public void Their_look_alikes_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("你個腦係咪生喺屎忽度，同一個問題我問第四次喇", SenderRole.Buyer)]
    [InlineData("先生你讀過書未呀？定係細個淨係學識咗嗌交", SenderRole.Agent)]
    [InlineData("咁平都嫌貴，怪唔得你住劏房啦", SenderRole.Agent)]
    [InlineData("你們客服應該是用腳打字的吧，難怪每句都錯字連篇", SenderRole.Buyer)]
    [InlineData("這位大姐，建議妳先去看看精神科再來客訴", SenderRole.Agent)]
    [InlineData("老闆知唔知自己請咗班咩貨色", SenderRole.Buyer)]
    [InlineData("買玩具都要議價，屋企係咪窮到燶呀", SenderRole.Agent)]
    [InlineData("這種問題也要問，乾脆叫你媽幫你買好了", SenderRole.Agent)]
    [InlineData("蠢到死，地址写错还怪我们，脑子装的是豆腐渣吗", SenderRole.Agent)]
    [InlineData("老糊涂了就别学人家网购", SenderRole.Agent)]
    [InlineData("跟你这种老古董沟通纯属浪费我时间", SenderRole.Agent)]
    [InlineData("正一賤格，你老母冇教你點做人呀？", SenderRole.Buyer)]
    [InlineData("嘩，連加減數都計錯，真係人才", SenderRole.Buyer)]
    public void Veiled_contempt_of_the_reader_is_held(string text, SenderRole role) => LabelAssert.HeldByRule(Labels.Abuse, "veiled-contempt", text, role);

    [Theory]
    [InlineData("我用腳打字都比佢快，唔好意思打錯字")]
    [InlineData("我蠢到死，又買多咗一件")]
    [InlineData("佢話我讀過書未，我想投訴呢個客服，截圖喺度")]
    [InlineData("我家老古董收音机坏了能修吗")]
    [InlineData("这个老古董花瓶是真品吗")]
    [InlineData("你們設計師真係人才，呢個收納盒好好用")]
    public void Jabs_said_of_oneself_or_of_things_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    // C2 precision (t239, both blocked): a sigh before the sender's own slip, and 仆街 opening the message at the sender's
    // own computer, name no one in the chat; the same words at the reader stay abuse.
    [Theory]
    [InlineData("唉我自己北七，下單選錯顏色，可以幫我換成粉紅嗎")]
    [InlineData("仆街，部電腦啱啱死機，頭先打嗰段冇咗，我再講一次：想問保養點計")]
    [InlineData("仆街，我部手機又死機，想問下單號幾多")]
    public void A_sighed_self_blame_and_a_swear_at_ones_own_machine_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("唉你自己北七，還怪我們")]
    [InlineData("仆街，部電腦係你哋賣俾我嘅，又死機")]
    [InlineData("仆街啦你，三日都唔覆")]
    public void The_same_words_at_the_reader_stay_abuse(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    // C3 intimidation in Cantonese (t239): a crew brought down to chop, a leg broken — abuse and prohibited, held.
    [Theory]
    [InlineData("我知你哋舖頭喺旺角，今晚收舖等住，我帶埋幾個兄弟落嚟斬你")]
    [InlineData("信唔信我搵人上門打斷你隻腳")]
    public void Cantonese_violent_threats_are_held_as_both(string text)
    {
        LabelAssert.HeldByRule(Labels.Prohibited, "intimidation", text, SenderRole.Buyer);
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
    }

    [Theory]
    [InlineData("呢件衫斬你一刀價，$80 算")]
    public void A_price_chop_is_no_threat(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Agent);
}
