using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: rule families the sixth round of blind checks still missed, each phrased apart from any corpus or check
/// line, with the look-alikes a shop or a buyer really writes kept clean beside them.
/// </summary>
public class SixthBlindCheckFamilyTests
{
    [Theory]
    // C4: a payment app by its initials or nickname, no account given, the order skipped or its fee avoided.
    [InlineData(Labels.OffPlatformPayment, "这单走zfb就好，省得平台扣点", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "亲 转vx吧，不用下单了", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "直接走微信，便宜点给你", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "just pay through Zelle instead, no fees for either of us", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "Venmo me the rest and I'll mail it tomorrow", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "you can send it via GCash instead of ordering", SenderRole.Buyer)]
    // C6: a shop titling itself the platform's certified or appointed staff, and asking the buyer to act.
    [InlineData(Labels.Impersonation, "快手官方认证客服在此，请点击链接验证您的账户", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "我们是抖音官方授权服务商，需要您先缴纳一笔保证金", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "平台指定售后专员为您服务，请扫码添加完成核实", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "Hello, Lazada certified agent speaking, tap the link to confirm your refund", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "This is the TikTok Shop official service desk, please verify your payment details", SenderRole.Agent)]
    // C7: a course seller paying for a review with course goods, or for proof of study shown as one.
    [InlineData(Labels.ReviewSolicitation, "课程给个五星，再送你一节试听课", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "晒学习打卡截图到评论区，返你十块", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "课评写完发我看一下，课件包马上发你", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "Rate the course five stars and I'll unlock the bonus lesson for you", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "a 5 star review gets you the workbook free", SenderRole.Agent)]
    // C3: drugs as emoji or street names with a weight, discretion or a sale beside them; mushrooms as a dose;
    // Cantonese cannabis slang and vape gear offered; paid sex at "your hotel" with a pet name; party and play.
    [InlineData(Labels.Prohibited, "❄ 3.5g 同城可送，私聊", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "💊 $20 each, ships discreetly", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "🍄 chocolate bars, microdose size, DM to order", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "psilocybin chocolate, 2g per bar, shipping nationwide", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "想啪草？新货到咗，私我", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "weed pens in stock, message me for flavours", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "bongs for sale, cheapest in town", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "⛽ exotic, 7g for 60", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "anyone into party and play this weekend?", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "how much for the whole night at your hotel, sweetie", SenderRole.Buyer)]
    // C2: an agent holding the buyer's address or phone over them.
    [InlineData(Labels.Abuse, "你的住址我有，劝你想清楚再评价", SenderRole.Agent)]
    [InlineData(Labels.Abuse, "小心点，你电话我有", SenderRole.Agent)]
    [InlineData(Labels.Abuse, "I've got your address, so think twice before that review goes up", SenderRole.Agent)]
    [InlineData(Labels.Abuse, "We have your address. Last warning.", SenderRole.Agent)]
    // C1: LINE as 赖 or with words before the ID, a handle split by middle dots, a QR in the profile picture, the
    // offline store offered with a discount.
    [InlineData(Labels.ContactDiversion, "賴 搜尋 tina0606 就找得到我", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "LINE 好友 ID 是 chen_8899", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "薇♡ lin·yu·520", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "头像里的码扫一下就能进群", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "see the QR on my pfp to join the group", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "我们线下店在人民路口，来店里拿货再便宜五十", SenderRole.Agent)]
    // C3: a card-game app with a deposit or download bonus.
    [InlineData(Labels.Prohibited, "棋牌app下载就送188金币", SenderRole.Agent)]
    // C7: a review turned into a good one, a terse reward line.
    [InlineData(Labels.ReviewSolicitation, "麻烦亲把评价改成好评哦", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "Could you bump it up to 5 stars? we fixed the zip", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "rate 5 + screenshot = $5 back", SenderRole.Agent)]
    // C8: age turned back.
    [InlineData(Labels.ExaggeratedClaims, "用完这一套皮肤直接年轻十岁", SenderRole.Agent)]
    [InlineData(Labels.ExaggeratedClaims, "you'll look ten years younger after one jar", SenderRole.Agent)]
    [InlineData(Labels.ExaggeratedClaims, "返老还童就靠这一瓶", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "钱走支付宝给我就行，别在app里拍了", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "PayPal me instead, the app takes a cut", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "这边是淘宝官方认证的售后专员，请配合完成身份验证", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "食唔食草？呢度有靓嘢", SenderRole.Agent)]
    [InlineData(Labels.Abuse, "你住哪我都打听到了，劝你小心点", SenderRole.Agent)]
    [InlineData(Labels.Abuse, "地址和电话都在我这，差评你自己掂量", SenderRole.Agent)]
    [InlineData(Labels.Abuse, "We know your home address, don't make me use it", SenderRole.Agent)]
    // C2: an English insult said of the person in Chinese.
    [InlineData(Labels.Abuse, "你们客服是 idiot 吗？", SenderRole.Buyer)]
    [InlineData(Labels.Abuse, "老板真的 useless", SenderRole.Buyer)]
    [InlineData(Labels.Abuse, "这个客服真是个 loser", SenderRole.Buyer)]
    [InlineData(Labels.ContactDiversion, "swing by our shop on Queen St, cash price is lower than online", SenderRole.Agent)]
    [InlineData(Labels.ExaggeratedClaims, "takes 10 years off your face in a week", SenderRole.Agent)]
    public void Flags_the_family(string label, string text, SenderRole role) => LabelAssert.RuleFlags(label, text, role);

    [Theory]
    [InlineData("ni ma si le ba, zhe me man")]                 // C2: pinyin curses, spaced or mixed case
    [InlineData("CAO NI MA, tui qian")]
    [InlineData("kefu ni shi sha bi ma")]
    [InlineData("Wo Cao Ni, hai bu fa huo")]
    [InlineData("caonimade 什么破店")]
    [InlineData("nima 什么破服务")]
    public void Curses_in_pinyin_are_abuse(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    // C4: the platform's own checkout, and a buyer asking where to pay in the app.
    [InlineData(Labels.OffPlatformPayment, "在哪里付款呀？订单页面没看到按钮", SenderRole.Buyer)]
    [InlineData(Labels.OffPlatformPayment, "结账时可以选支付宝，也可以用微信支付", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "We take Alipay and PayPal at checkout, right in the app", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "用支付宝付款可以吗？我没有绑银行卡", SenderRole.Buyer)]
    [InlineData(Labels.OffPlatformPayment, "我走顺丰寄回去，运费我先垫", SenderRole.Buyer)]
    // C6: a brand's authorised store or licence, a buyer asking, a shop pointing to the platform's own staff or courier.
    [InlineData(Labels.Impersonation, "This is an officially licensed product with the hologram sticker", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "我们是品牌官方授权经销商，可以去专柜验货", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "你们是抖音认证的客服吗？有人让我加好友验证", SenderRole.Buyer)]
    [InlineData(Labels.Impersonation, "售后问题请联系平台指定售后，在订单页点申请就行", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "平台指定的快递是中通，下单时默认就是", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "小心自称平台认证客服让你转账的人，那是骗子", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "We are an authorised service provider for the brand, book a repair from your order page", SenderRole.Agent)]
    // C7: course goods named without a review, the platform's own programme described, a review asked with no reward.
    [InlineData(Labels.ReviewSolicitation, "配套课件在第二章末尾下载", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "The bonus lesson opens once you finish the last quiz", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "平台推出的晒单有礼由平台发积分，和店铺无关", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "Feel free to leave a review, there is no reward and no pressure", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "我已经写了课评，资料包还没收到", SenderRole.Buyer)]
    // C3: winter goods, tea, leaves, pill boxes, fuel cans, mushroom dishes and toys, a hotel booked for the night.
    [InlineData(Labels.Prohibited, "雪花图案的毛衣还有M码吗", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "❄️ 冬款加厚棉服 现货 包邮", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "🍃 今年的新茶 碧螺春 一两装 现货", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "🍃 仿真绿植叶子 装饰 私聊改价", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "蘑菇汤的做法能发一下吗", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "mushroom risotto kit with a recipe card, ships in 2 days", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "lion's mane mushroom gummies, in stock and shipping tomorrow", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "💊 weekly pill organiser in stock, ships today", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "⛽ fuel can with nozzle, ships today", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "食草动物模型套装有现货，顺丰发", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "猫咪爱食草，猫草种子现货", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "Is the hotel shuttle free at night?", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "how much for one night at the hotel by the station, just the room", SenderRole.Buyer)]
    [InlineData(Labels.Abuse, "how much for one night at the hotel by the station, just the room", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "we never sell psilocybin or anything like it", SenderRole.Agent)]
    // C2: an address confirmed, a call on arrival, a pinyin greeting, a name.
    [InlineData(Labels.Abuse, "您的地址我们已经核对过了，明天发出", SenderRole.Agent)]
    [InlineData(Labels.Abuse, "I have your address as 18 Harbour Rd, is that still correct?", SenderRole.Agent)]
    [InlineData(Labels.Abuse, "我有你电话，快递到了我打给你", SenderRole.Agent)]
    [InlineData(Labels.Abuse, "ni hao, zhe jian you hong se de ma", SenderRole.Buyer)]
    [InlineData(Labels.Abuse, "Nima sneakers in size 42, still in stock?", SenderRole.Buyer)]
    [InlineData(Labels.Abuse, "xie xie ni ma ma de bang mang", SenderRole.Buyer)]
    // The same families' look-alikes: a buyer who changed their own review, a review asked with no reward, 信赖 before a
    // model code, a profile picture described, a chess set, a hedged skin-care claim, an English word said of oneself.
    [InlineData(Labels.ReviewSolicitation, "我已经改成好评了，你看一下", SenderRole.Buyer)]
    [InlineData(Labels.ReviewSolicitation, "rate 5 stars if it fits well, thank you", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "值得信赖 abc123 型号有货", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "我的头像是自己画的猫", SenderRole.Buyer)]
    [InlineData(Labels.ContactDiversion, "有个陌生人让我留微信号给他，这是你们的人吗", SenderRole.Buyer)] // C1: a request reported
    [InlineData(Labels.Prohibited, "中国象棋 棋牌 套装 现货", SenderRole.Agent)]
    [InlineData(Labels.ExaggeratedClaims, "这款不能让你年轻十岁，但保湿确实不错", SenderRole.Agent)]
    [InlineData(Labels.ExaggeratedClaims, "适合年轻人用，18岁以上都可以", SenderRole.Agent)]
    [InlineData(Labels.Abuse, "我不是 stupid，只是再确认一下", SenderRole.Buyer)]
    [InlineData(Labels.Abuse, "这个 idiot-proof 的设计很适合老人", SenderRole.Buyer)]
    [InlineData(Labels.Abuse, "你好 stupid question 先问一下，有M码吗", SenderRole.Buyer)]
    [InlineData(Labels.Abuse, "这个 app 的设计真的 stupid", SenderRole.Buyer)]    // the product, not the person
    [InlineData(Labels.ExaggeratedClaims, "这件外套穿上显得年轻，很百搭", SenderRole.Agent)]
    public void Keeps_the_look_alike_clean(string label, string text, SenderRole role) => LabelAssert.NoRuleFlags(label, text, role);
}
