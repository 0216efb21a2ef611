using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2: abuse disguised by splitting a character into its parts (亻尔 for 你, 白勺 for 的, 犭者 for 猪), by Taiwanese and
/// Cantonese spellings (87客服, 痴撚線, ㄍㄢˋ, 乾你娘), by leet in other languages (p3nd3jo, g0bl0k), and abuse said in the
/// local languages of cross-border chat (du Idiot, jesteś idiotką, seni bulurum, найду тебя, foto sua de calcinha);
/// each beside the innocent lines it resembles: a size code, a quoted insult reported, the sender's own slip, a pickup.
/// </summary>
public class DisguisedAndLocalLanguageAbuseTests
{
    [Theory]
    [InlineData("亻尔女马白勺 怎么还不退款")]
    [InlineData("亻尔是犭者 说了三遍了")]
    [InlineData("87店家 回个话很难吗")]
    [InlineData("客服你是 8 7 喔 講幾次了")]
    [InlineData("等一個禮拜 ㄍㄢˋ")]
    [InlineData("痴撚線 咁耐都未寄")]
    [InlineData("乾你娘 退錢啦")]
    [InlineData("事儿逼买家 问个没完")]
    [InlineData("问那么多 脑子有问题吧")]
    [InlineData("我知你間鋪喺邊 你小心啲")]
    [InlineData("你給我記住，下次別讓我遇到")]
    [InlineData("du Vollidiot, wo ist mein Paket")]
    [InlineData("jesteś kretynem, gdzie paczka")]
    [InlineData("bakla ka ba, 2 weeks na wala pa")]
    [InlineData("ang tagal, tanga! refund na")]
    [InlineData("listen you silly old bag, I paid already")]
    [InlineData("you're clearly too dense to read a label")]
    [InlineData("сука where is refund")]
    [InlineData("te voy a matar si no me devuelves el dinero")]
    [InlineData("seni bulurum, paramı geri ver")]
    [InlineData("найду тебя, верни деньги")]
    [InlineData("vou te achar, devolve meu dinheiro")]
    [InlineData("1d10t s3ll3r cant even pack")]
    [InlineData("eres una p3nd3ja, dónde está mi pedido")]
    [InlineData("g0bl0k admin, paket saya mana")]
    public void Flags_the_abuse(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("客服妹妹 今晚 一晚 多少 开个价")]
    [InlineData("小姐姐 你穿的什么颜色内衣")]
    [InlineData("妳的胸幾罩杯 拍張照片給我看")]
    [InlineData("manda uma foto sua de calcinha")]
    [InlineData("сколько за ночь с тобой, красавица")]
    [InlineData("send me 🍑 pics and I order 3")]
    public void Flags_the_sexual_harassment_as_abuse(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("妹妹 穿 的 什 么 颜 色 内 衣")]
    [InlineData("客服小姐姐 一 晚 多 少")]
    public void Spaced_harassment_is_vulgar_content_too(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Fact]
    public void A_threat_a_stranger_messaged_is_reported() =>
        LabelAssert.NoRuleFlags(Labels.Abuse, "a guy messaged me 'I know where you live' after my review, is he your staff?", SenderRole.Buyer);

    [Theory]
    [InlineData("sb 码 是 small 吗 我 160")]
    [InlineData("這包裝 87 分 不能再高了")]
    [InlineData("訂單87元 可以超商取貨嗎")]
    [InlineData("on9咗 我自己揀錯顏色 唔該幫我改")]
    [InlineData("el cartero me dijo 'idiota' por pedirle que espere, quiero reportarlo")]
    [InlineData("o entregador me chamou de 'burro', isso não se faz")]
    [InlineData("your courier told my dad to 'piss off', I want to complain")]
    [InlineData("mi a di real eediat, wrong address, it's Lot 9")]
    [InlineData("bc yaar wifi gaya, payment hua kya?")]
    [InlineData("I know where your shop is, can I pick up the order myself?")]
    [InlineData("Customs here: the parcel you ordered is linked to fraud checks, please verify in the app")]
    [InlineData("Puppies from our сука Bella, ready in May")]
    [InlineData("не пожалеешь, качество отличное")]
    [InlineData("do you still have the old bag in brown?")]
    [InlineData("du bist so lieb, danke für die schnelle Lieferung")]
    [InlineData("亲，你的胸围多少，我帮您推荐尺码")]
    [InlineData("我在你家门口了，快递放门口可以吗")]
    [InlineData("我知道你們店在哪，可以自取嗎")]
    public void Leaves_the_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
