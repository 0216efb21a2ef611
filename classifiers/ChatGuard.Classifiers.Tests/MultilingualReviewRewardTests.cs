using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 20 (C7): review rewards and review deletions in the buyers' languages (Portuguese, Spanish, German, Polish,
/// Turkish, Swahili, Arabic), a bad review to be deleted for money, fake reviews posted in bulk — each beside its
/// look-alike: a buyer's ask relayed and turned down, a screen refreshed, a rating quoted, a shop denying rewards.
/// Phrased apart from the corpora.
/// </summary>
public class MultilingualReviewRewardTests
{
    [Theory]
    [InlineData("deixa 5 estrelas e te devolvo o frete")]
    [InlineData("pon 5 estrellas en la reseña y te mando un regalito")]
    [InlineData("5 Sterne Bewertung = 3 Euro zurück, schreib mir dann")]
    [InlineData("daj 5 gwiazdek, oddam 5 zł")]
    [InlineData("5 yıldız verin, 20 TL iade yapıyoruz")]
    [InlineData("tafadhali futa review hiyo, tutakurudishia pesa")]
    [InlineData("احذف التقييم السيء ونعطيك خصم")]
    [InlineData("跟那个给差评的说，删评就返30")]
    [InlineData("让小号每天刷10条好评")]
    [InlineData("好评有没有返现？有的，五星截图给我返5元")]
    public void Flags_review_rewards_deletions_and_bulk_reviews(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("顾客说给五星换优惠券，已拒绝了")]
    [InlineData("买家说删差评要我们补偿50，我没答应")]
    [InlineData("the customer offered to remove her 2-star if we refund the shipping, I said we can't")]
    [InlineData("手机刷新后评价就显示出来了")]
    [InlineData("我们从不刷好评，评价都是真实买家写的")]
    [InlineData("it's rated 4.8 from 300 reviews, we won't say it's perfect")]
    [InlineData("我们没有返现哈，好评全凭自愿")]
    public void Passes_relayed_asks_turned_down_and_ratings_quoted(string text) => LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);
}
