using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 recall, TWAB26 (t228's Taiwan and Hong Kong abuse): net slang, 注音 spellings and Cantonese aimed at the reader are
/// held for a moderator by hant_slang_abuse.json (each word has a plain use, so none acts alone); the spelled-out 幹你娘
/// (ㄍㄢˋㄋㄧˇㄋㄧㄤˊ) and 含家鏟 (冚家鏟 by sound) are the curses that already block. The innocent twins — a score, a
/// discount, a size, a plastic bag, praise, a phone in water, offal, a phone number — stay clean.
/// </summary>
public class HongKongTaiwanSlangAtTheReaderTests
{
    [Theory]
    [InlineData("94狂 你們這種客服真的94狂")]
    [InlineData("9487 講幾次了 尺寸表跟實品差兩號")]
    [InlineData("回個訊息要三天 你們整間店的人都是塑膠做的嗎")]
    [InlineData("小編是不是沒帶腦來上班 87到一個不行")]
    [InlineData("客服 IQ 有沒有 87 啊 我說 cancel 不是 refund")]
    [InlineData("你在靠北三小 東西寄錯的是你們欸")]
    [InlineData("靠北喔 你很閒嗎 每小時敲一次")]
    [InlineData("你這種雜碎沒資格跟我講話")]
    [InlineData("你娘咧 說好今天到 現在連出貨都沒有")]
    [InlineData("機歪什麼 自己不看說明還敢來嗆")]
    [InlineData("ㄅㄧˋ嘴啦奧客 講第五遍了")]
    [InlineData("客服ㄓㄓ喔 回答都在鬼打牆")]
    [InlineData("小編你ㄎㄠˋㄅㄟˇ啥 最爛的就是你")]
    [InlineData("邊度嚟嘅痴線佬 日日嚟煩")]
    [InlineData("你條友好撚煩 唔買就唔好問")]
    [InlineData("你腦係咪入咗水 la 我講咗 cancel order")]
    public void Slang_aimed_at_the_reader_is_held(string text) => LabelAssert.HeldByRule(Labels.Abuse, "hant-slang-insult", text, SenderRole.Buyer);

    [Theory]
    [InlineData("再呃我錢 我帶幾個兄弟上你舖頭 打到你入醫院")]
    [InlineData("你給我小心一點 下班走路記得看後面")]
    public void A_beating_or_being_followed_is_held(string text) => LabelAssert.HeldByRule(Labels.Abuse, "hant-slang-threat", text, SenderRole.Buyer);

    [Theory]
    [InlineData("再呃我錢 我帶幾個兄弟上你舖頭 打到你入醫院")]
    [InlineData("你給我小心一點 下班走路記得看後面")]
    public void A_beating_or_being_followed_is_intimidation_too(string text) => // C3 intimidation, the session-26 convention
        LabelAssert.HeldByRule(Labels.Prohibited, "intimidation", text, SenderRole.Buyer);

    [Theory]
    [InlineData("小編 妳下班幾點 我在樓下等妳請妳吃宵夜")]
    [InlineData("妳住哪一區 禮拜六一起看電影好不好")]
    public void A_buyer_asking_the_agent_out_is_held(string text) => LabelAssert.HeldByRule(Labels.Abuse, "hant-ask-out", text, SenderRole.Buyer);

    [Fact]
    public void An_agent_asking_the_district_for_delivery_is_clean() =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, "請問妳住哪一區 我們安排最近的門市配送", SenderRole.Agent);

    [Theory]
    [InlineData("ㄍㄢˋㄋㄧˇㄋㄧㄤˊ 寄錯還死不認")]
    [InlineData("ㄍㄢㄋㄧㄋㄧㄤ 寄錯還死不認")]
    [InlineData("含家鏟 呃錢唔退")]
    public void The_spelled_out_curses_block(string text) =>
        Assert.Equal(ModerationAction.Block, LabelAssert.Scan(text, SenderRole.Buyer).Action);

    [Theory]
    [InlineData("這次考87分 老師說還不錯")]
    [InlineData("全館87折 今天最後一天")]
    [InlineData("這件幫你87折 一件87喔")]
    [InlineData("你是87號 請到櫃台取貨")]
    [InlineData("94號的尺寸還有嗎")]
    [InlineData("94狂 這個價錢還送收納袋 直接下單")]
    [InlineData("塑膠袋可以不要 我自己帶")]
    [InlineData("這個蓋子是塑膠做的嗎")]
    [InlineData("靠北好好吃 還要再買兩盒")]
    [InlineData("靠北喔 等了十天還沒到 到底卡在哪")]
    [InlineData("呢間好撚好食 下次再嚟")]
    [InlineData("部手機入咗水 仲保唔保養")]
    [InlineData("牛雜碎湯包還有貨嗎")]
    [InlineData("我真的87 地址打錯了 可以改嗎")]
    [InlineData("訂單編號 1194873 還沒出貨")]
    public void The_innocent_twins_stay_clean(string text) => LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Buyer);
}
