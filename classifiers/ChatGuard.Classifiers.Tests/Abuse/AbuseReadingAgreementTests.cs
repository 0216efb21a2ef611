using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2: the folded text, its masked read-back and its compact view are asked the same question of a match, so a
/// look-alike one reading lets pass is not flagged by another.
/// </summary>
public class AbuseReadingAgreementTests
{
    private static readonly ModerationPipeline Pipeline = ModerationPipeline.CreateDefault();

    private static bool RuleFindsAbuse(string text) =>
        Pipeline.Scan(text).Findings.Any(f => f.Label == Labels.Abuse && f.Evidence != Evidence.Model);

    [Theory]
    [InlineData("Áo đồ ngủ cotton này có size L không")]       // folded: ngủ (sleep) lost its mark
    [InlineData("Đồ ngủ lụa f*cking đẹp, còn màu hồng không")] // masked read-back: a masked word beside the sleepwear
    [InlineData("做工很垃 圾，客 服也一直不回")]                    // compact: two clauses joined by dropping the comma
    public void Look_alikes_pass_every_reading(string text) =>
        Assert.False(RuleFindsAbuse(text), text);

    [Theory]
    [InlineData("đồ ngu, trả tiền đây")]           // folded
    [InlineData("you st*pid id10t, refund me")] // masked read-back
    [InlineData("垃 圾 店，收钱不发货")]               // compact
    public void Abuse_is_found_in_every_reading(string text) =>
        Assert.True(RuleFindsAbuse(text), text);
}
