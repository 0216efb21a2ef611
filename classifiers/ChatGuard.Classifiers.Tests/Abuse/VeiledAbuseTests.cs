using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2, ABU28 (t252's veiled and regional Chinese, t254/t257's Gen-Z English): a demeaning noun with the reader beside it,
/// a contempt frame on the reader's wits or job, mock praise beside a failure, and Sichuan, northeastern and Hokkien
/// swears are held for a moderator (abuse_veiled.json); intimidation naming a place or time and sexual remarks at the desk
/// are held under C2 and C3. Their innocent twins — fond dialect, self-deprecation, goods named with rude words, slang
/// praise, figurative violence, a quoted insult reported — stay clean.
/// </summary>
public class VeiledAbuseTests
{
    [Theory]
    [InlineData("你们店的客服都是巨婴吗，屁大点事就哭着找主管", SenderRole.Buyer)]
    [InlineData("资本家的大孝子，帮着老板坑消费者", SenderRole.Buyer)]
    [InlineData("就你这文化水平，看不懂说明书很正常", SenderRole.Buyer)]
    [InlineData("难怪你只能干客服，这辈子也就这样了", SenderRole.Buyer)]
    [InlineData("你们店头一窝都是些宝器，快递丢了都没得人管", SenderRole.Buyer)]
    [InlineData("这客服彪呼呼的，跟你唠不明白", SenderRole.Buyer)]
    [InlineData("你這個肖查某，講話顛三倒四", SenderRole.Buyer)]
    [InlineData("你真係天才，寄錯三次貨", SenderRole.Buyer)]
    [InlineData("你们一个个都是鲨臂吗", SenderRole.Buyer)]
    [InlineData("bro is literally an npc, same three lines on loop", SenderRole.Buyer)]
    [InlineData("did they hire you off a cereal box or", SenderRole.Buyer)]
    [InlineData("no bc how are you this bad at a job that's literally copy paste. genuinely impressive", SenderRole.Buyer)]
    [InlineData("Boomer energy. Ask your grandkid to click the button for you", SenderRole.Agent)]
    public void Veiled_contempt_of_the_reader_is_held(string text, SenderRole role) => LabelAssert.HeldByRule(Labels.Abuse, "veiled-abuse", text, role);

    [Theory]
    [InlineData("我知你哋舖頭喺旺角信和二樓，聽日下晝三點我帶兄弟上嚟搵你", SenderRole.Buyer)]
    [InlineData("swear down I'll pull up with the boys and we'll sort this out in person", SenderRole.Buyer)]
    [InlineData("Your address is literally on my screen rn. keep threatening me and find out", SenderRole.Agent)]
    public void Intimidation_at_a_place_or_time_is_held_under_both_labels(string text, SenderRole role)
    {
        LabelAssert.HeldByRule(Labels.Abuse, "veiled-intimidation", text, role);
        LabelAssert.HeldByRule(Labels.Prohibited, "veiled-intimidation", text, role);
    }

    [Theory]
    [InlineData("妳把這件內衣穿起來拍給我看，我就給五星")]
    [InlineData("how much for you instead of the hoodie lol I'm serious")]
    public void Sexual_remarks_at_the_desk_are_held_under_both_labels(string text)
    {
        LabelAssert.HeldByRule(Labels.Abuse, "veiled-sexual-remark", text, SenderRole.Buyer);
        LabelAssert.HeldByRule(Labels.Prohibited, "veiled-sexual-remark", text, SenderRole.Buyer);
    }

    [Fact]
    public void Chasing_the_agents_own_number_is_held() =>
        LabelAssert.HeldByRule(Labels.Abuse, "veiled-pursuit", "forget the refund, what's your actual number, I'll text you tonight", SenderRole.Buyer);

    [Theory]
    [InlineData("我这猪脑子，优惠券忘了用，还能补吗")]
    [InlineData("屋头几个瓜娃子都说好吃")]
    [InlineData("沙雕手机壳那款能刻字不")]
    [InlineData("你们那个巨婴纸尿裤……打错了，巨能吸纸尿裤，有L码吗")]
    [InlineData("上一位客服叫我\"事儿妈\"，我希望得到一个正式的道歉")]
    [InlineData("你们设计师真是个人才，这收纳盒好用")]
    [InlineData("大家都是打工仔，理解理解")]
    [InlineData("您好，电话不能留哈，批量订单我们有专门的采购顾问")]
    [InlineData("你们这个桌子是木头做的吗")]
    [InlineData("老板你家一窝猪仔多少钱")]
    [InlineData("I need to touch grass, been refreshing the tracking every 5 mins lmao")]
    [InlineData("I would literally kill for this in black, any plans to restock?")]
    [InlineData("Hey, I'll find you a better size tomorrow")]
    [InlineData("主管，買家話知道我哋舖頭喺邊，要帶人上嚟，我已經報警同通知平台")]
    [InlineData("奶粉罐底的批次号是多少 能拍给我看吗")]
    [InlineData("Nike SB Dunk还有42码吗")]
    public void Their_look_alikes_are_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Buyer);
    }
}
