using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 in emoji (session 26, sexual_emoji.json): 🍆 with 💦, 👅 or 😏 or offered to the reader, 🍑 with 👅 or 💦, 🔞 with a
/// resource, a link or a price, 🔌 (the plug, a dealer) with a drug or a menu. Each is held, never blocked alone.
/// Beside them the twins: a grocer's 🍆🍑, 🔞 on a lawful adult product or a horror film, 💦 waterproof, 🔌 a charger or
/// a sneaker plug, 👅 with a lollipop, a juicy 🍑.
/// </summary>
public class SexualAndDealerEmojiTests
{
    [Theory]
    [InlineData("🍆💦 for u babe", SenderRole.Buyer)] // sexual-emoji
    [InlineData("客服妹妹 今晚🍆👅 懂吧", SenderRole.Buyer)] // sexual-emoji
    [InlineData("😏🍆 你猜我在想什么", SenderRole.Buyer)] // sexual-emoji
    [InlineData("u sound nice on the phone, wanna see my 🍆", SenderRole.Buyer)] // sexual-emoji
    [InlineData("穿上这件让他👅🍑一整晚", SenderRole.Agent)] // sexual-emoji (peach)
    [InlineData("🔞资源已更新 私聊拿链接", SenderRole.Agent)] // adult-emoji-sale
    [InlineData("🔞 福利视频 一部5元 打包更便宜", SenderRole.Agent)] // adult-emoji-sale
    [InlineData("new 🔞 vids every week, dm me for the link", SenderRole.Agent)] // adult-emoji-sale
    [InlineData("your 🔌 is back, 🌿 and carts, hmu", SenderRole.Agent)] // plug-emoji-dealer
    [InlineData("🔌 here, za and gas same day, dm for prices", SenderRole.Buyer)] // plug-emoji-dealer
    public void Holds_the_emoji_innuendo_and_offers(string text, SenderRole role)
    {
        // Only this file's rules are asserted held: the abuse detector's own emoji rules may still block 🍆💦 aimed at the agent.
        var ours = LabelAssert.Scan(text, role).Findings
            .Where(f => f.Label == Labels.Prohibited && f.Detail is "sexual-emoji" or "adult-emoji-sale" or "plug-emoji-dealer").ToList();
        Assert.NotEmpty(ours);
        Assert.DoesNotContain(ours, f => f.ActsAlone);
    }

    [Theory]
    [InlineData("🍆🍑各来两斤，明天能到吗", SenderRole.Buyer)]
    [InlineData("还有🍆🍑吗", SenderRole.Buyer)]
    [InlineData("fresh organic 🍆 and 🍑 in today, 2kg boxes", SenderRole.Agent)]
    [InlineData("🍆 seeds, 50 per pack, plant in spring 💦 water daily", SenderRole.Agent)]
    [InlineData("🔞 adults only: this massager is sold to buyers over 18, price ¥199", SenderRole.Agent)]
    [InlineData("🔞 成人用品 下单链接在橱窗 未成年人请勿购买", SenderRole.Agent)]
    [InlineData("这部恐怖片🔞 蓝光碟 89元 胆小慎入", SenderRole.Agent)]
    [InlineData("🔞 horror film box set, price includes shipping", SenderRole.Agent)]
    [InlineData("IP68 waterproof 💦 you can swim with it", SenderRole.Agent)]
    [InlineData("防水💦 洗澡戴着没问题", SenderRole.Agent)]
    [InlineData("🔌 charger with EU plug, dm for price", SenderRole.Agent)]
    [InlineData("🔌转换插头 英标 国标都有 私聊报价", SenderRole.Agent)]
    [InlineData("冰箱插头坏了 换一个多少钱", SenderRole.Buyer)]
    [InlineData("sneaker 🔌 here, jordans in stock, dm for price", SenderRole.Agent)]
    [InlineData("水蜜桃🍑💦 汁多 5斤装", SenderRole.Agent)]
    [InlineData("🍭👅 lollipops, 20 per bag, mixed flavours", SenderRole.Agent)]
    [InlineData("收到了 很满意 😏", SenderRole.Buyer)]
    public void Passes_the_innocent_twins(string text, SenderRole role) => LabelAssert.NoRuleFlags(Labels.Prohibited, text, role);
}
