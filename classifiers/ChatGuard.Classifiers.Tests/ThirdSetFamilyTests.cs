using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: the rule families the third hand-written set found missing (lookup services, account kits, protected
/// wildlife, English drug slang, …), each phrased apart from the set's own lines, with the homonyms kept clean.
/// </summary>
public class ThirdSetFamilyTests
{
    [Theory]
    [InlineData("发个手机号过来，机主的名字和住址我都能调出来")]            // C3: lookup of a stranger's records
    [InlineData("想查他最近的开房信息，两百一次")]
    [InlineData("we do skip tracing, any state, results next day")]
    [InlineData("give me a plate number and I'll look up the owner name for you")]
    [InlineData("长期收购银行账户，带网银的价格更高")]                       // C3: account and card kits
    [InlineData("你手上有闲置的提款卡吗，我们收")]
    [InlineData("跑分项目招人，日结")]
    [InlineData("家里有张不用的银行卡，你们收吗")]                            // an idle card offered is no negation
    [InlineData("we buy bank accounts, full kit with the sim")]
    [InlineData("野生娃娃鱼，朋友山里抓的，现货")]                             // C3: protected wildlife products
    [InlineData("金刚鹦鹉幼鸟，没证的，便宜出")]
    [InlineData("zaza and runtz restocked")]                                // C3: English drug slang
    [InlineData("pressed bars in, dm for count")]
    [InlineData("carts back in stock, you sell them by the box too?")]
    [InlineData("a zip of gas, same price as last time")]
    public void Flags_the_prohibited_family(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("这款定位手表能在app里查看孩子的位置")]                     // a kids' watch, not a lookup service
    [InlineData("麻烦核对一下家庭住址，快递员说找不到")]
    [InlineData("退款会原路退回您的银行卡，请注意查收")]                     // the buyer's own card, not traded
    [InlineData("能不能用两个账户分开付，一个付一半")]
    [InlineData("收款码牌是亚克力的，一套两个")]
    [InlineData("床品四件套有现货，全棉的")]
    [InlineData("本店不收银行卡，也不出租账户，请勿打扰")]                     // a shop refusing the trade
    [InlineData("这款电子烟烟油是水果味的，有现货")]
    [InlineData("protein bars in stock, chocolate and vanilla")]           // gym snacks, not pills
    [InlineData("golf carts for kids, in stock")]
    [InlineData("zip hoodies and candy bags in stock for the party weekend")]
    [InlineData("车主您好，查一下您车的年款，好匹配脚垫")]                    // a car-parts shop's customer
    [InlineData("can you confirm your home address for the delivery?")]
    [InlineData("不用的手机卡怎么注销？")]
    [InlineData("熊掌饼干有货，儿童零食")]                                    // a biscuit shape
    [InlineData("画眉笔有现货，三个颜色")]
    [InlineData("有人私信说能查开房记录，这是违法的吧，我没理他")]           // a buyer reporting an offer
    public void Keeps_the_prohibited_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Theory]
    [InlineData("放大看头像，右下角那行小字就是我的私人号")]              // C1: details left in the profile picture
    [InlineData("我的联系方式都写在个人简介里了，自己去看")]
    [InlineData("check my pfp, my whatsapp is written on it")]
    [InlineData("the shipping bag has my number on it, text me for refills")]
    [InlineData("what's your @ on there, I'll follow you")]                   // C1: English contact slang
    [InlineData("my snap is the shop name plus 99")]
    [InlineData("just send your digits and I'll call")]
    [InlineData("we're on the orange marketplace as well, much cheaper")]      // C1: another platform by nickname
    [InlineData("老板，你那个号发我一下，外面聊")]
    public void Flags_the_contact_family(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("头像上传失败了，怎么修改")]                                   // the buyer's own profile settings
    [InlineData("请在资料里绑定手机号，方便接收物流通知")]
    [InlineData("can I hide my phone number on my profile?")]
    [InlineData("请提供您的用户名和ID，方便查询")]
    [InlineData("我们家鲈鱼上新了，下单送葱姜")]
    [InlineData("我在淘宝也看过这款，你们这里有现货吗")]                       // a buyer comparing, not pointed away
    [InlineData("snap a photo of the label and send it here please")]
    public void Keeps_the_contact_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("就你这水平还敢接待客人？")]                                  // C2: contempt with no insult word
    [InlineData("你也配做卖家？问什么都不知道")]
    [InlineData("我说的是中文，你听得懂中文吗")]
    [InlineData("小学毕业了吗？连表格都看不明白")]
    [InlineData("这都要去问领导，那要你有什么用")]
    [InlineData("do you even read what I write?")]
    [InlineData("seriously, who hired u")]
    [InlineData("a goldfish has more sense than you")]
    [InlineData("bozo, it's the same order as yesterday")]
    [InlineData("再给差评试试，你的住址电话我都有")]                          // C2: threats built on the buyer's details
    [InlineData("refund me or I'll post your photos all over twitter")]
    public void Flags_the_abuse_family(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("您看下这款的尺码表，就是这个水平线以上的都可以")]            // ordinary shop talk sharing the words
    [InlineData("这件衣服我能配什么裤子")]
    [InlineData("did you get my photos of the damage?")]
    [InlineData("our pieces are handmade, more detail than you'd expect")]
    [InlineData("要你的订单号才能查，麻烦发一下")]
    [InlineData("需要你干嘛吗？我这边都处理好了")]
    [InlineData("这款拼图很简单，不用大脑也能拼好")]                          // a product too easy, not a person
    [InlineData("孩子小学毕业了吗？这款书包适合高年级")]
    [InlineData("这个按钮存在的意义是什么，好像按了没反应")]
    public void Keeps_the_abuse_look_alike_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Agent);

    [Theory]
    [InlineData("这款就是版本货，做工在同价位里算好的")]                      // C5: the trade's word for a fake
    [InlineData("想拿去鉴定的话估计过不了，平时背背没问题")]                  // C5: steering away from the checks a fake fails
    [InlineData("序列号在官网查不到，因为这批走的不是官方渠道")]
    [InlineData("you can wear them anywhere, just don't take it to the boutique for repairs")]
    [InlineData("the serial won't show up on the brand site, that's normal for this batch")]
    [InlineData("LJR batch restocked, all sizes")]
    [InlineData("same logo, same stitching, just not from the brand")]
    public void Flags_the_counterfeit_family(string text) => LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("专柜验货过不了全额退款，假一赔十")]                          // a genuine shop inviting the check
    [InlineData("防伪码在官网可以查，扫一下就出来")]
    [InlineData("和专柜的唯一区别是价格，我们是官方授权经销商")]
    [InlineData("each set is 12 reps, rest a minute between them")]           // the gym's reps
    [InlineData("our sales reps handle wholesale quotes here")]
    [InlineData("这款不是仿的，是品牌直营店发货")]
    public void Keeps_the_counterfeit_look_alike_clean(string text) => LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Fact]
    public void A_buyer_reporting_a_failed_check_is_not_steered_away() =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, "得物验货过不了被退回来了，怎么办", SenderRole.Buyer);

    [Theory]
    [InlineData("我是平台派驻在这家店的专员，订单问题直接交给我")]            // C6: an agent claiming to be the platform's
    [InlineData("这个客服账号是平台的，不归商家管")]
    [InlineData("I work in the platform's claims team, your case is with me now")]
    [InlineData("您好，这边是信用卡中心，您这笔付款需要重新验证")]            // C6: a bank's card centre
    public void Flags_the_impersonation_family(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("我们不是平台派到这里的，只是店铺自己的客服")]
    [InlineData("如需仲裁可以联系平台客服，他们会介入处理")]
    [InlineData("you can open a case with the platform's dispute team from your order page")]
    public void Keeps_the_impersonation_look_alike_clean(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("包装费五块另外转我就行，链接里加不了")]                      // C4: a charge paid to the agent beside the order
    [InlineData("这次别在平台付了，我发你个码，扫了直接发货")]
    [InlineData("easier if you send it to me directly, I'll knock a bit off")]
    [InlineData("the app takes too much of a cut, wire it to me instead")]
    public void Flags_the_payment_family(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("我们不能让您直接转给我们，请在平台下单")]
    [InlineData("运费已经包含在订单里了，不用另外付")]
    public void Keeps_the_payment_look_alike_clean(string text) => LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
}
