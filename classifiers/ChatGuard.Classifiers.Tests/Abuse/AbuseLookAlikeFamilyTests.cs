using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 precision, session 14: insult words that insult no one here — quoted inside a report or an apology (with
/// apostrophes inside the quote: 'you're useless'), said of the sender's own slip, sworn at a thing, a dog breeder's
/// bitch, a British fag lighter, "shoot you a pic" — each beside the same words aimed at the reader, which stay caught.
/// Phrased apart from the corpora.
/// </summary>
public class AbuseLookAlikeFamilyTests
{
    [Theory]
    [InlineData("the last agent wrote 'you're a useless cow' to my mum, is that normal here?", SenderRole.Buyer)]
    [InlineData("Apologies for the 'go back to school' remark from my colleague, it was out of line.", SenderRole.Agent)]
    [InlineData("please don't answer people who write things like 'kys', just report them", SenderRole.Agent)]
    [InlineData("a guy in the live keeps telling me to kys, can you block him", SenderRole.Buyer)]
    [InlineData("someone on your page called my daughter a retard, please remove it", SenderRole.Buyer)]
    [InlineData("my supervisor told you to 'shut up and wait'? that is not ok, I'm sorry", SenderRole.Agent)]
    public void Insults_quoted_to_report_or_apologise_are_not_committed(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, role);

    [Theory]
    [InlineData("what a numpty I am, I paid for the wrong colour")]
    [InlineData("proper idiot moment, I typed my postcode wrong")]
    [InlineData("I feel like such an idiot, the receipt was in the bag")]
    [InlineData("the bloody charger stopped working after a week")]
    [InlineData("this stupid app logs me out every time I pay")]
    [InlineData("the bastard of a lid won't come off")]
    [InlineData("will this collar fit a 12kg staffy bitch in season?")]
    [InlineData("do you sell fag lighter chargers for a 2009 Corolla?")]
    [InlineData("I'll shoot you a photo of the label in a minute")]
    [InlineData("do you still sell the dumb phone? my dad wants one without apps")]
    [InlineData("시발점이 부산이면 도착은 언제예요?")]
    [InlineData("shop có đồ ngu cotton cho nữ không")]
    [InlineData("shop co do ngu lua size L khong")]
    [InlineData("¿tienen la taza que dice 'Pendejo pero feliz'?")]
    [InlineData("selling a pack of nudes, dm for price")]
    public void Self_slips_things_and_trade_words_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("you're a useless cow")]
    [InlineData("you idiot, read the listing")]
    [InlineData("you stupid bitch, refund me")]
    [InlineData("I'll shoot you if I see you at the pickup")]
    [InlineData("your fucking shop is a joke and so are you, moron")]
    [InlineData("do you ride the short bus to work")]
    [InlineData("are you dumb, phone me back now")]
    [InlineData("시발 진짜 장난하냐 환불해")]
    [InlineData("đồ ngu, đọc kỹ tin nhắn đi")]
    [InlineData("pendejo, ¿dónde está mi pedido?")]
    [InlineData("send me nudes and I'll leave 5 stars")]
    public void The_same_words_aimed_at_the_reader_stay_abuse(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    // C2 precision: curse initials as a product line's name (型号 TMD, NMD R1) beside the same initials sworn at the reader.
    [Theory]
    [InlineData("主播，NMD V2 灰白配色还有43码吗")]
    [InlineData("型号 TMD 的那款护齿套还有货吗")]
    public void Curse_initials_naming_a_model_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("tmd 三天了还不发货")]
    [InlineData("nmd 你到底会不会回消息")]
    public void Curse_initials_at_the_reader_stay_caught(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    // C2 precision, session 18: 你等着 from an agent who goes on to serve is "hold on", not a threat.
    [Theory]
    [InlineData("你等着，我去查一下")]
    [InlineData("亲你等着哈，我马上帮您问仓库")]
    [InlineData("你等着啊 我看看物流到哪了")]
    [InlineData("你等著，我先確認一下庫存")]
    public void Hold_on_while_the_agent_checks_is_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Agent);

    [Theory]
    [InlineData("恶意差评是吧，你等着")]
    [InlineData("你等着，我知道你们店在哪")]
    [InlineData("你给我等着")]
    [InlineData("你等着瞧，我天天来")]
    [InlineData("退不退？你等着！")]
    public void You_wait_as_a_threat_stays_caught(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
