using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C7 as English-speaking shops ask it: praise named in words (top marks, a glowing review) for a price cut, a draw, a
/// privilege or money back; a refund or replacement held until a review is gone or changed; reviews swapped; the stars
/// dictated (nothing under five, before the parcel comes). Beside them honest asks, help text, news after a review and
/// a refusal. Phrased apart from the corpora.
/// </summary>
public class EnglishReviewExchangeFamilyTests
{
    [Theory]
    [InlineData("a glowing review from you gets 15% off the matching scarf")]
    [InlineData("top marks on the order page = a fiver back in your wallet")]
    [InlineData("everyone who rates us 5/5 this month goes into the prize draw for a blender")]
    [InlineData("good reviewers get early access to the winter drop")]
    [InlineData("r8 us f!ve st@rs and the spare cable is yours, no charge")]
    public void A_reward_for_praise_in_words_is_review_solicitation(string text) =>
        LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("the replacement leaves our warehouse as soon as your 1-star is removed")]
    [InlineData("we can only process the refund once your feedback is updated")]
    [InlineData("happy to swap reviews with your store, you rate mine and I'll rate yours")]
    [InlineData("when rating please choose 5 stars only, we get penalised for fours")]
    [InlineData("could you leave the 5 star review before it arrives? it's on its way I promise")]
    public void A_service_held_for_a_review_a_swap_or_dictated_stars_is_review_solicitation(string text) =>
        LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("a quick review helps a tiny shop like ours, only if you have time")]
    [InlineData("we can't give discounts for reviews, but 10% off is on for everyone this weekend")]
    [InlineData("thanks for the review, we've changed our courier since then")]
    [InlineData("your refund went out today whatever you decide to write in your review")]
    [InlineData("you can edit your rating anytime in the app")]
    [InlineData("our VIP members get free shipping, sign up on the shop page")]
    public void Honest_asks_news_and_refusals_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);

    [Fact]
    public void A_buyer_telling_the_shop_about_their_own_stars_is_not_judged() =>
        LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, "I gave you 5 stars, so please send the free gift you mentioned", SenderRole.Buyer);
}
