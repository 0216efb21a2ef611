using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 24 (C7): a review traded for something — a buyer offering five stars for a discount, a shop promising those
/// who reviewed a discount, five stars asked after a favour, a gift for a positive review, a dictated text and a deleted
/// review refunded in the buyers' languages, veiled English rewards (the next lesson is on me, a secret price) — each
/// beside its look-alike: a plain request with no reward, the buyer told to write what they like, where to edit a
/// review, thanks for one, a shop boasting its rating beside its warranty. Phrased apart from the corpora.
/// </summary>
public class ReviewTradeTests
{
    [Theory]
    [InlineData("اكتب تقييم إيجابي ونرسل لك هدية مجانية مع الطلب القادم")]
    [InlineData("yorumu şöyle yazın: harika ürün, teşekkürler")]
    [InlineData("удалите отрицательный отзыв и мы вернём вам 500 рублей")]
    [InlineData("weka nyota 5 upate punguzo kwenye oda ijayo")]
    [InlineData("レビューはこちらの文をコピペしてください：最高の商品です")]
    [InlineData("晒过图的宝宝，下单前说一声有评价过，我多折50")]
    [InlineData("我已经帮你把投诉撤了，记得给个五星好评哈")]
    public void Flags_reviews_traded_dictated_or_removed(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Fact]
    public void Flags_a_buyer_trading_five_stars_for_a_discount() =>
        LabelAssert.RuleFlags(Labels.ReviewSolicitation, "你给我便宜一点，我就给你五星好评", SenderRole.Buyer);

    [Theory]
    [InlineData("评价写啥都行，真实就好，不用非得五星")]
    [InlineData("评价修改在您那边的订单页操作，我们这边没办法帮您改哦")]
    [InlineData("谢谢亲的好评，我们会继续努力的")]
    [InlineData("评价入口在订单详情右下角，写好提交就行")]
    [InlineData("如果喜欢的话欢迎来评价哦")]
    public void Passes_plain_requests_thanks_and_where_to_write(string text) => LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);

    [Fact]
    public void Passes_a_buyer_saying_they_already_gave_five_stars() =>
        LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, "我已经给你五星好评了，下次还来", SenderRole.Buyer);

    [Theory]
    [InlineData("Leave a glowing review and the next lesson is on me")]
    [InlineData("Positive review = we extend your warranty to 2 years")]
    [InlineData("Fill the stars up and screenshot it, a lil treat comes your way")]
    [InlineData("good words on the listing = a secret price next time")]
    [InlineData("make it a 5 and I give back money for the shipping")]
    public void Flags_veiled_rewards_for_a_review_in_english(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("Rated 5 stars by 2,000 buyers, every order comes with an extended warranty")]
    [InlineData("Thanks for the 5 stars! Dinner is on me next time I'm in town haha")]
    [InlineData("The special price ends Friday, reviews are always welcome")]
    [InlineData("If you like it, a review helps us a lot, no pressure")]
    public void Passes_ratings_boasted_thanks_and_prices_beside_a_review(string text) => LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);
}
