using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3, C4 precision (BLK28): a buyer reporting what someone sent or asked them, news told over, a shop's refusal or legal
/// warning, the product a homonym names (the 神仙水 essence, a Ford Escort's headlights, a glock-shaped water gun) and the
/// platform's own affiliate programme name the very terms the rules look for; no rule may flag them. The same terms
/// offered to the reader still are.
/// </summary>
public class ReportNewsRefusalAndProductSenseTests
{
    [Theory]
    [InlineData("prohibited", "有个账号问我要不要查开房记录，这种平台都不管的吗", SenderRole.Buyer)]                 // someone asked ME
    [InlineData("prohibited", "有个陌生号问我要不要买迷药，平台管不管", SenderRole.Buyer)]
    [InlineData("prohibited", "你们客服号是不是被盗了？刚给我发了个百家乐房间的链接", SenderRole.Buyer)]             // someone sent ME
    [InlineData("prohibited", "你们店的号是不是被盗了？刚才给我发了个网赌的链接", SenderRole.Buyer)]
    [InlineData("prohibited", "Reporting: a seller messaged me offering fake IDs after I bought a wallet. I didn't reply. How do I block them?", SenderRole.Buyer)]
    [InlineData("prohibited", "Reporting: a seller dmed me offering fake passports. Didn't answer, how do I report them?", SenderRole.Buyer)]
    [InlineData("prohibited", "Your agent just sent me some casino bonus thing, pretty sure that's not allowed. Please check", SenderRole.Buyer)]
    [InlineData("prohibited", "someone just sent me some casino bonus link, thats not allowed right?", SenderRole.Buyer)]
    [InlineData("prohibited", "刚看新闻又打掉一个跨境赌博团伙，好多人被骗过去做菠菜", SenderRole.Buyer)]              // news told over
    [InlineData("prohibited", "昨天看新闻说又抓了一个网络赌博团伙，太吓人了", SenderRole.Buyer)]
    [InlineData("prohibited", "看报道说咖啡包其实是新型毒品，吓死我了，你们卖的咖啡是正规的吧", SenderRole.Buyer)]
    [InlineData("prohibited", "看报道说有人在奶茶里加毒品，你们的奶茶是正规厂家的吧", SenderRole.Buyer)]
    [InlineData("prohibited", "我们小区有个大爷被拉进什么养老分红，交钱拉人，最后被定性成传销了", SenderRole.Buyer)]
    [InlineData("prohibited", "我舅舅被拉进一个理财群，交钱发展下线，后来被定性成传销了", SenderRole.Buyer)]
    [InlineData("prohibited", "有人让我交会员费再拉人头，说是你们课的代理，这正常吗？", SenderRole.Buyer)]          // is this normal?
    [InlineData("prohibited", "有人让我交398入会费再拉三个人头，说是你们的代理，这正常吗？", SenderRole.Buyer)]
    [InlineData("prohibited", "野生动物制品我们一律不收不卖，您要的穿山甲片没有", SenderRole.Agent)]               // the shop's refusal
    [InlineData("prohibited", "犀牛角制品我们一律不收不卖，您问的这个没有", SenderRole.Agent)]
    [InlineData("prohibited", "证书只能自己考，说能办证的都是假证，用了还要担法律责任", SenderRole.Agent)]          // the legal warning
    [InlineData("prohibited", "驾照只能自己考，说能代办驾照的都是假的，用了要担法律责任", SenderRole.Agent)]
    [InlineData("prohibited", "神仙水是正品吗，看着比专柜便宜不少", SenderRole.Buyer)]                          // the skincare essence
    [InlineData("prohibited", "我们家神仙水是品牌授权的，批号能在官方小程序查", SenderRole.Agent)]
    [InlineData("prohibited", "神仙水专柜价多少？你们这个是正品吗", SenderRole.Buyer)]
    [InlineData("prohibited", "叶子图案的贴纸还有货吗，做手账用", SenderRole.Buyer)]                           // a leaf pattern
    [InlineData("prohibited", "叶子形状的书签有吗，送同学", SenderRole.Buyer)]
    [InlineData("prohibited", "Yes mate, the Escort Mk2 headlight surrounds are back in stock, chrome or black", SenderRole.Agent)]
    [InlineData("prohibited", "Looking for Ford Escort Mk1 headlights, have you got any?", SenderRole.Buyer)]
    [InlineData("prohibited", "The garden cabin ships as a wide load, the haulier arranges the escort vehicle, so the delivery date may shift by a day", SenderRole.Agent)]
    [InlineData("prohibited", "Oversize loads need a pilot car, the carrier books the escort vehicles for you", SenderRole.Agent)]
    [InlineData("prohibited", "can I get the glock-shaped water gun in pink? my niece wants pink", SenderRole.Buyer)]
    [InlineData("prohibited", "do you have the pistol-shaped bubble blower in blue?", SenderRole.Buyer)]
    [InlineData("prohibited", "你们这个火麻油是火麻仁榨的对吧？跟大麻有关系吗，我有点担心", SenderRole.Buyer)]      // is it related to…?
    [InlineData("prohibited", "这个火麻仁跟大麻有关系吗？会不会尿检出问题", SenderRole.Buyer)]
    [InlineData("off_platform_payment", "我们只做一级推广，平台规则也不允许多级返佣，您放心", SenderRole.Agent)]
    [InlineData("off_platform_payment", "本店只有一级分销，平台规则不允许多级返佣", SenderRole.Agent)]
    [InlineData("off_platform_payment", "You can join the platform's affiliate programme from your account page, you earn commission on sales from your own share links, no sign-up fee", SenderRole.Agent)]
    [InlineData("off_platform_payment", "Join the affiliate program in the app and earn commission from your share links, it's free", SenderRole.Agent)]
    [InlineData("off_platform_payment", "this message says my refund is frozen until I send crypto. pretty sure that's fake but screenshotting for you", SenderRole.Buyer)]
    [InlineData("off_platform_payment", "this text says my parcel is held until I send crypto, pretty sure that's fake", SenderRole.Buyer)]
    public void Reports_news_refusals_and_product_senses_are_not_flagged(string label, string text, SenderRole role) =>
        LabelAssert.NoRuleNeverBlocked(label, text, role);

    [Theory]
    [InlineData("prohibited", "可以帮你查开房记录，要不要")]
    [InlineData("prohibited", "给你发个百家乐房间的链接，充值送彩金")]
    [InlineData("prohibited", "we sell fake IDs, dm me")]
    [InlineData("prohibited", "casino bonus for you, sign up now")]
    [InlineData("prohibited", "穿山甲片有货，野生的")]
    [InlineData("prohibited", "神仙水有货，懂的私聊")]
    [InlineData("prohibited", "Escort available tonight, 200 per hour, book now")]
    [InlineData("prohibited", "glock for sale, dm me")]
    [InlineData("prohibited", "叶子有货，懂的来")]
    [InlineData("prohibited", "大麻有货，量大从优")]
    [InlineData("prohibited", "交会员费再拉人头，拉一个返200")]
    [InlineData("prohibited", "驾照代办，不用考，三天出证")]
    [InlineData("off_platform_payment", "刷单做任务，佣金日结，先垫付")]
    [InlineData("off_platform_payment", "earn commission daily, complete tasks, pay the deposit first")]
    public void The_same_terms_offered_to_the_reader_are_still_flagged(string label, string text) =>
        LabelAssert.RuleFlags(label, text);
}
