using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 22 (C7): a reward for stars in Russian and Swahili; a rating written 5/5 read only beside a review word, so
/// the digits of a phone number (+55 11…) never count as stars; the shop's denial of rewards, the buyer's own right to
/// edit a review and a five-star grade (五星级服务, 五星店铺) kept clean. Phrased apart from the corpora.
/// </summary>
public class ReviewRewardLookAlikeTests
{
    [Theory]
    [InlineData("5 звёзд и отзыв с фото — вернём 200 рублей")]
    [InlineData("Andika review nzuri, tutakupa zawadi")]
    [InlineData("rate us 5/5 and we'll send a free gift")]
    [InlineData("给个五星 送你小礼品")]
    public void Flags_rewards_for_stars(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("mándame mensaje al +55 21 9 9876 5432 y te hago descuento")]
    [InlineData("我们不会因为评价给任何返现，您如实写就好")]
    [InlineData("评价是你的自由，怎么写我们都尊重")]
    [InlineData("open the order, tap your review > edit; only you can change it, we can't touch it")]
    [InlineData("我们提供五星级服务，下单送赠品")]   // a grade, not a rating
    [InlineData("买二送一🎁 五星店铺")]
    public void Passes_phone_digits_denials_and_review_help(string text) => LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);
}
