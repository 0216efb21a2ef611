using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 recall, session 29 (from last session's leave-families-out misses): veiled structures the rules did not name — a
/// killing or a body kept as footage to show (gore.json), a grave rumour passed on as hearsay (subversion.json), the levels
/// under a recruit beside their pay (pyramid_scheme.json), accounts and cards sold without their owner's identity
/// (prohibited.json), a drink or a spray that knocks someone out and the betting group's tipster (prohibited_slang_zh.json), an uprising or a secession in filter-dodging spellings (subversion.json), a prescription drug sent without the prescription (prohibited.json), goods without their licence offered to slip past the courier (prohibited_covert.json), English street names with a
/// dealer's wink (prohibited_slang_en.json) and Malay or Tagalog grocery words used for sex work and drugs
/// (cross_border_prohibited.json). Each holds for a person and never acts alone; the innocent twins sharing the words stay
/// clean. Phrased apart from the corpora and the training sets.
/// </summary>
public class ProhibitedVeiledStructureTests
{
    [Theory]
    [InlineData("gore-media", "手机里存着一段分尸的录像，真人，想看我私发你")]
    [InlineData("gore-media", "got a folder of real beheadings, uncut, 5 bucks for the link")]
    [InlineData("security-rumour", "群里说自来水厂被人下毒了，官方还没通知，你们的矿泉水还有吗")]
    [InlineData("security-rumour", "听说下周存款冻结，每人只能取两千，我的退款能给现金吗")]
    [InlineData("pyramid-recruiting", "加入我们团队，你拉的人再往下发展，下面的人每单都给你提成")]
    [InlineData("pyramid-recruiting", "join as a partner and earn commission from every layer under you")]
    [InlineData("account-kit", "出几个实名认证的支付宝号，可收款可转账，一个八百")]
    [InlineData("account-kit", "电话卡批量出，没实名，专门注册新号用")]
    [InlineData("drug-high-asked", "这个药粉倒进她饮料里，女生喝了会主动，发货保密")]
    [InlineData("drug-street-name", "got tina and the white, hmu before the weekend")]
    [InlineData("sexual-service-code", "ayam baru masuk malam ni, budak U, boleh booking")]
    [InlineData("drug-slang", "batu ada, barang ice pun ada, COD area Cheras")]
    [InlineData("drug-slang", "may damo kami pang-session, 5g per pack")]
    [InlineData("gambling-code", "今晚有个bjl房间开着，稳的很，想玩私我")]
    [InlineData("gambling-code", "跟着我们的回血计划，两期就能翻本")]
    [InlineData("subversion-call", "这套制度撑不了几年了，迟早大家一起打倒独裁")]
    [InlineData("separatist-slogan", "湾湾早该du立，看到的转一下")]
    [InlineData("pyramid-recruiting", "交个门槛费，招够两个人就开始赚，越往后越轻松")]
    [InlineData("rx-without-prescription", "伟哥原装的，不用开方，外包装不写药名")]
    [InlineData("unlicensed-goods-hidden", "自家泡的药酒，没有批文，要的话我单独给你寄一瓶")]
    [InlineData("covert-tracking", "the tracker app hides its icon, you see her texts and live location, she never gets notified")]
    [InlineData("document-made-to-order", "离婚证也能做，跟原件一样，三天出")]
    [InlineData("document-made-to-order", "marksheets from any board with online verification, 2 days")]
    [InlineData("unlicensed-goods-hidden", "没证的小作坊鞭炮，我给你混在年货里寄，快递查不出来")]
    public void A_veiled_offer_beside_its_cue_is_held_not_blocked(string rule, string text) =>
        LabelAssert.HeldByRule(Labels.Prohibited, rule, text, SenderRole.Unknown);

    // Precision first: a recipe, a film, the news and a report; a local notice and a rumour debunked; a one-level coupon
    // and the shop's own staff; a refund to the buyer's own card; a sleep aid and a snack; groceries, a gemstone and hay.
    [Theory]
    [InlineData("鱼买回去先开膛去鳞，处理教程视频发你")]
    [InlineData("这部恐怖片的斩首镜头全是特效，电影蓝光版有货")]
    [InlineData("I reported the page that kept posting beheading videos")]
    [InlineData("小区群里说明天停电，能不能今天就送到")]
    [InlineData("新闻说水厂被投毒是谣言，已经辟谣了")]
    [InlineData("听说这款手机芯片不错，打游戏卡不卡")]
    [InlineData("推荐好友下单，双方各得20元优惠券")]
    [InlineData("我们仓库下面的人会联系您安排退货")]
    [InlineData("退款会原路退回您的银行卡，请注意查收")]
    [InlineData("电话卡套餐请到营业厅办理，需要实名认证")]
    [InlineData("宝宝喝了这款奶粉睡得很死，想再买一罐")]
    [InlineData("这零食好吃到停不下来，需要的话多拍几包")]
    [InlineData("do you sell ice cube trays? you know what i mean, the silicone ones")]
    [InlineData("lavender bath salts, epsom, half gram sample sachet included")]
    [InlineData("is the whey grass-fed? and how many grams of protein per scoop")]
    [InlineData("ayam goreng malam ni boleh hantar?")]
    [InlineData("gula batu 1kg, ada ice cream juga?")]
    [InlineData("damo para sa kuneho, 10g sample muna")]
    [InlineData("期末考试上分 老师说作业也算")]
    [InlineData("这个游戏的回血技能怎么用")]
    [InlineData("我们有du立站，也可以在平台下单")]
    [InlineData("推翻之前的会员制度，新规则下周公布")]
    [InlineData("伟哥相关药品需要处方，请先问诊开方")]
    [InlineData("团队业绩不错，售后同事会拿到奖金")]
    [InlineData("你们卖的药酒没有批号，我要投诉")]
    [InlineData("放心，我们家的都有批文，不是没有批号的三无产品")]
    [InlineData("荣誉证书能做吗？公司年会要定制一批奖状")]
    [InlineData("证件套能做吗，离婚证那个尺寸")]
    [InlineData("360 degree camera, delivered in 7 days")]
    [InlineData("can you reset my passwords? the app hides itself after install, annoying")]
    public void The_same_words_in_their_own_sense_stay_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Unknown);
}
