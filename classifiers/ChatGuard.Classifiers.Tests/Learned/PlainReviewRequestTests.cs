using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Learned;

/// <summary>
/// C7 is a benefit, dictated wording or a change asked for a review, not the asking: a plain, conditional request the
/// review head scored alone is not held; anything beyond the review keeps the finding, and rules are untouched.
/// </summary>
public class PlainReviewRequestTests
{
    [Theory]
    [InlineData("收到货满意的话，麻烦给个好评哦")]
    [InlineData("亲，用着满意的话欢迎给个好评呀")]
    [InlineData("喜歡的話麻煩幫我們評價一下喔")]
    [InlineData("If you're happy with the lamp, a review would really help our little shop")]
    [InlineData("if you're happy with the office chair, a review would help us a lot")] // "off" of office is no discount
    public void A_plain_request_on_a_condition_is_not_held(string text) =>
        Assert.DoesNotContain(Labels.ReviewSolicitation, LabelAssert.Scan(text, SenderRole.Agent).Labels);

    [Theory]
    [InlineData("满意的话给个好评，返您5元红包")]                            // a benefit
    [InlineData("满意的话好评里写一下“质量很好”哦")]                          // wording
    [InlineData("满意的话麻烦给个五星好评，截图发我")]                         // stars and proof
    [InlineData("If you're happy, leave 5 stars and we'll send a free gift")] // a benefit
    [InlineData("if you're happy now, could you update your review?")]        // a change
    public void A_request_with_anything_beyond_the_review_is_still_flagged(string text) =>
        Assert.Contains(Labels.ReviewSolicitation, LabelAssert.Scan(text, SenderRole.Agent).Labels);
}
