using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

public class ReviewSolicitationTests
{
    private const string Label = Labels.ReviewSolicitation;

    [Theory]
    [InlineData("给个五星好评，返您3元红包")]
    [InlineData("好评后截图，送一个小礼品")]
    [InlineData("带图评价可以领10元优惠券")]
    [InlineData("追评一下再返2块")]
    [InlineData("好評返現，找客服領")]
    [InlineData("好 评 返 现")]
    [InlineData("hp返现5元")]
    [InlineData("麻烦帮我评价写上“质量很好，物流很快”")]
    [InlineData("评论就写“和图片一样”")]
    [InlineData("能把差评删了吗？我们退你20")]
    [InlineData("中评改成好评可以吗，给您补偿")]
    [InlineData("麻烦把一星改为五星")]
    [InlineData("Leave us 5 stars and get a free gift")]
    [InlineData("We'll send you a $10 coupon for a positive review")]
    [InlineData("Please remove your 1-star review and we'll refund you")]
    [InlineData("Could you update your rating to 5 stars? We'll give you a bonus")]
    [InlineData("In your review please mention 'fast delivery and great packaging'")]
    [InlineData("给个五星，下次给你打八折")]
    [InlineData("Give us 5 stars and we'll refund your shipping")]
    public void Flags_paid_or_scripted_reviews(string text) => LabelAssert.Flags(Label, text);

    [Theory]
    [InlineData("如果方便的话欢迎评价，谢谢支持")]
    [InlineData("看到您的评价了，我们会改进包装")]
    [InlineData("差评已经看到了，给您重新发了一件")]
    [InlineData("评价入口在订单详情页")]
    [InlineData("买两件送一件，活动到月底")]
    [InlineData("下单就送赠品，先到先得")]
    [InlineData("Thanks for the great review!")]
    [InlineData("If you have a minute, a review would help us a lot")]
    [InlineData("Sorry about the 1-star experience, a replacement has shipped")]
    [InlineData("我已经给了好评，衣服很好看")]
    [InlineData("收到货满意的话，麻烦给个好评哦")]
    [InlineData("Please rate your experience with our service in the survey")]
    [InlineData("paying for reviews is against the rules, we don't do it")]
    [InlineData("平台规定不能好评返现，评价按您的真实感受写就行")]
    [InlineData("好评返现是违规的，我们不做")]
    [InlineData("好评返现？没有的哦，我们不做这个")]
    [InlineData("晒图返现吗？这边没有的，谢谢亲")]
    public void Passes_plain_review_talk(string text) => LabelAssert.DoesNotFlag(Label, text);

    // Session 15's review thresholds (ThresholdOptions.ReviewRate, half again as loose) let the head hold this for
    // review; no rule reads it and a score alone never blocks.
    [Fact]
    public void Photo_reviews_helping_buyers_are_never_blocked_and_no_rule_reads_them() =>
        LabelAssert.NoRuleNeverBlocked(Label, "评价晒图可以帮助其他买家选择");

    // Issue 16, session 17: families the leave-families-out evaluation missed, phrased apart from the corpus.
    /// <summary>C7: stars rewarded in the buyer's own words and languages, a bad review deleted for money (删cp补偿), 好评返现 spelled 好p返现.</summary>
    [Theory]
    [InlineData("give us 5 starz and a gift card is yours")]
    [InlineData("5 estrellas en la reseña y te mando un regalito")]
    [InlineData("avalie com 5 estrelas que a gente te dá frete grátis")]
    [InlineData("u leave gud fb and i refund the postage")]
    [InlineData("borra la reseña de una estrella y te devolvemos el envío")]
    [InlineData("tolong hapus ulasan yang jelek ya kak, nanti kami kasih voucher")]
    [InlineData("删cp的话补偿您二十")]
    [InlineData("好p返现，截图发我")]
    public void Flags_star_rewards_and_paid_review_removal_worldwide(string text) => LabelAssert.RuleFlags(Label, text);

    /// <summary>C7 precision: thanks for a review, an honest ask without reward, help text, a buyer's own stars, a hotel's stars, praise, a couple's outfit (cp).</summary>
    [Theory]
    [InlineData("thanks for the five stars! your parcel ships tomorrow")]
    [InlineData("if you're happy with the cake, a review helps our small bakery a lot")]
    [InlineData("you can edit your review anytime in the app under my orders")]
    [InlineData("i already gave 5 stars, so happy with it")]
    [InlineData("the hotel is rated five stars, breakfast included")]
    [InlineData("best seller in our shop, very comfortable")]
    [InlineData("我们这对cp款情侣装有货的")]
    public void Passes_look_alikes_of_star_rewards(string text) => LabelAssert.NoRuleNeverBlocked(Label, text);
    /// <summary>C7 precision, session 18: a shop turning down rewards or changes for reviews, warning about offers made in its name, and leaving the words to the buyer.</summary>
    [Theory]
    [InlineData("我们店没有 five stars 返现这种活动，按您的感受来就行")]
    [InlineData("本店不会用红包换好评，评价请照实写")]
    [InlineData("带图评价送优惠券的活动我们没有，可能是别的店")]
    [InlineData("我们不会以任何理由要求您删除或修改评价")]
    [InlineData("店铺这边没有权限删除评价，都是平台管的")]
    [InlineData("评价您想怎么写都行，我们先把问题处理好")]
    [InlineData("评价按钮在右下角，确认收货后就能写了")]
    [InlineData("您好，平台会自动发放运费券，注意查收")]
    [InlineData("No discount for reviews, sorry! Everyone gets the same 5% off with code HELLO5")]
    [InlineData("Please ignore any messages offering a gift card for a review, they are not from our store")]
    [InlineData("Nobody from our team will ever ask you to change or delete a review")]
    [InlineData("To change your stars, go to My Orders and there's an edit review option under the item")]
    [InlineData("This is a review copy of the cookbook, so it's 30% off")]
    [InlineData("晒图送的金币是平台发的，不是我们店铺的")]
    public void Passes_refusals_warnings_and_review_help(string text) => LabelAssert.NoRuleFlags(Label, text);

    /// <summary>C7 recall beside those guards: the reward, the change and the dictated words still count.</summary>
    [Theory]
    [InlineData("给个五星好评，返您5元")]
    [InlineData("麻烦您把差评删掉，我们给您退10块")]
    [InlineData("您评价的时候能说是正品吗")]
    [InlineData("Please remove the 1-star review and we'll refund the shipping")]
    [InlineData("Leave us 5 stars and get a $5 voucher")]
    [InlineData("好评返现5元，是平台给的补贴哦")]
    public void Still_flags_rewards_and_changes_beside_the_guards(string text) => LabelAssert.RuleFlags(Label, text);
}
