using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Rule precision, session 19 (C3, C5, C7, C8): the platform's review path and a shop leaving the review to the buyer,
/// a disclosed compatible part, an accusation the shop quotes, a stocked-range superlative, a course's lasting access,
/// a skating glove and an airsoft age check — each beside the violation it resembles, which stays caught. Phrased apart
/// from the corpora.
/// </summary>
public class LookAlikeRulePrecisionTests
{
    [Theory]
    [InlineData("收到货后点评价就能写，图片也能传")]                                   // C7: the way to the review page
    [InlineData("不管评价怎么写，退款我们都照常处理")]                                 // the words left to the buyer
    [InlineData("不用改评价的，是我们发错了，已经补寄")]                               // no change asked
    [InlineData("下单送试用装 跟评价无关 人人都有")]                                   // a gift said to be unrelated to reviews
    [InlineData("直播间福利：评论区打出“要”就能领5元券")]                              // a live-room comment code, no review
    [InlineData("after you confirm receipt you can leave a review in My orders")]
    [InlineData("Feel free to write the review you think is true, it's your right")]
    public void Review_help_text_is_no_solicitation(string text) => LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("评价写五星好评，截图发我返5元")]
    [InlineData("把差评改一下，改完给您返10元红包")]
    [InlineData("give us 5 stars before the parcel arrives and we send a voucher")]
    [InlineData("write a 5 star review and we'll refund you $5")]
    public void Rewarded_or_dictated_reviews_stay_caught(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("Replica here means the licensed team shirt from the official store")]   // C5: the word defined
    [InlineData("有人说我们是高仿的，欢迎拿去专柜鉴定")]                              // an accusation quoted
    [InlineData("兼容款硒鼓 非原装 价格便宜一半")]                                     // a compatible part disclosed
    [InlineData("only authentic stock here, if fake you get a full refund")]           // the guarantee's condition
    [InlineData("hindi kami nagbebenta ng replica, puro original po")]                  // Filipino "we don't sell"
    [InlineData("复刻版唱片是唱片公司官方再版")]                                       // a label's official reissue
    public void Authenticity_talk_is_no_counterfeit(string text) => LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("高仿的，和专柜一模一样")]
    [InlineData("we sell replica bags, mirror quality")]
    [InlineData("非原装的，但是外观跟原装一样")]
    [InlineData("nagbebenta kami ng replica, top grade")]
    public void Fakes_offered_stay_caught(string text) => LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("溜冰手套有儿童尺码吗", SenderRole.Buyer)]                                    // C3: skating, not ice
    [InlineData("airsoft pistol, do you ask for ID when it's delivered?", SenderRole.Buyer)]
    [InlineData("need ID for the e-cig delivery? im 30", SenderRole.Buyer)]                 // an age, not M30 pills
    [InlineData("ink carts for my Canon printer in stock?", SenderRole.Buyer)]
    [InlineData("the Snow Queen dress-up costume is back in stock ❄️", SenderRole.Agent)]
    [InlineData("奶茶色的卫衣还有货吗", SenderRole.Buyer)]                                   // a colour
    [InlineData("狙击枪造型的笔筒还有吗", SenderRole.Buyer)]                                 // shaped like one
    [InlineData("Sorry, fake IDs aren't something we sell or make", SenderRole.Agent)]
    [InlineData("It's a manual folding knife, opens with a thumb stud, not a switchblade", SenderRole.Agent)]
    [InlineData("我们不帮客户做假发票，发票按实际金额开", SenderRole.Agent)]
    [InlineData("my sister says the bag is fake, can you send the autenticity certificate", SenderRole.Buyer)]
    public void Goods_that_sound_prohibited_are_clean(string text, SenderRole role) => LabelAssert.NoRuleFlags(Labels.Prohibited, text, role);

    [Theory]
    [InlineData("假发票可以做，几个点")]
    [InlineData("switchblade in stock, ships discreetly")]
    [InlineData("溜冰 现货 同城可送")]
    [InlineData("we can make fake IDs, any state")]
    [InlineData("m30 pills in stock, discreet shipping")]
    [InlineData("snow in stock, 1g 80")]
    public void Prohibited_offers_stay_caught(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("This 65W is the most powerful one we carry, the rest are 30W")]   // C8: the shop's own range
    [InlineData("买断制，一次购买永久有效，可以反复看回放")]                        // a course's lasting access
    [InlineData("“最佳实践”那一节在第5章")]                                        // a chapter title
    [InlineData("通过率只是往年数据，不代表您一定能通过")]
    public void Range_facts_and_hedges_are_no_exaggeration(string text) => LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("the most powerful charger ever, nothing beats it")]
    [InlineData("这个药膏永久有效，一次根治")]
    [InlineData("报我们的班保证一定能过")]
    [InlineData("全网最佳，宇宙第一")]
    public void Unbounded_claims_stay_caught(string text) => LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);
}
