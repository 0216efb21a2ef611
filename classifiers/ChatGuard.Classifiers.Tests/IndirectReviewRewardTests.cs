using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C7 structures of Lexicons/review_reward_indirect.json: the review act then a paid sum (好评得88元), a five-star
/// screenshot to bring back, a formula of stars, photo and reward (⭐x5 + 📸 = 💸), a review part to delete with
/// compensation promised after it. The twins are a refund reported next to a review invitation, a buyer telling what
/// they were promised, a shop that cannot delete reviews, help text, and product facts with the same tokens.
/// </summary>
public sealed class IndirectReviewRewardTests
{
    private const string Label = Labels.ReviewSolicitation;

    [Theory]
    [InlineData("review-reward", "好评得88元，有问题随时找我")]
    [InlineData("review-reward", "曬單回饋100")]
    [InlineData("review-reward", "五星截图找我")]
    [InlineData("review-reward", "⭐x5 📸 ➡️ 💸")]
    [InlineData("review-reward", "5s + pic = rm5")]
    [InlineData("review-reward", "fv str + pic = gft, ok?")]
    [InlineData("review-reward", "five-str + vid = free ship code next order")]
    [InlineData("review-change", "麻烦把“有色差”那句删掉，我补您五块")]
    [InlineData("review-change", "Pls delete ur comment abt the late delivery, I'll give u 2 free packs of dog treats")]
    public void A_reward_for_a_review_said_indirectly_is_held(string rule, string text) =>
        LabelAssert.HeldByRule(Label, rule, text, SenderRole.Agent);

    [Theory]
    [InlineData("您的评价我们删不了，退款已经给您处理了")]
    [InlineData("If you want to remove your review you can do it in the app, the refund is already processed")]
    [InlineData("5x zoom camera, free shipping today")]
    [InlineData("iPhone 5s case with free gift")]
    [InlineData("thanks for the 5 stars! here's your tracking code")]
    [InlineData("boss, return request buat dalam app je, Lazada akan review, kami tak boleh refund manual")]
    public void Look_alikes_buy_no_review(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Fact]
    public void A_buyer_reporting_a_promised_reward_solicits_nothing() =>
        LabelAssert.NoRuleFlags(Label, "我给了好评，返的5元什么时候到", SenderRole.Buyer);
}
