using ChatGuard.Classifiers.Training;

namespace ChatGuard.Classifiers.Tests.Learned;

public class ThresholdCalibratorTests
{
    [Fact]
    public void A_threshold_passes_at_most_the_given_share_of_legitimate_scores()
    {
        float[] scores = [0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 0.95f];

        // 10 % of 10 = 1 may pass: just above the second highest (0.9), so only 0.95 does.
        var t = ThresholdCalibrator.PassingAtMost(scores, 0.10);
        Assert.True(t > 0.9f && t <= 0.95f);
        Assert.Single(scores, s => s >= t);
        // Less than one message's worth: nothing may pass.
        Assert.True(ThresholdCalibrator.PassingAtMost(scores, 0.05) > 0.95f);
    }

    [Fact]
    public void Per_family_every_family_group_weighs_the_same_whatever_its_size()
    {
        // A large family scoring low, and nine small ones, one of which scores high in all its lines.
        var scores = new List<float>();
        var families = new List<string>();
        void Add(string family, int count, float score)
        {
            scores.AddRange(Enumerable.Repeat(score, count));
            families.AddRange(Enumerable.Repeat(family, count));
        }
        Add("generated-greeting/none", 900, 0.1f);
        Add("look-alike/none", 10, 0.9f);
        for (var i = 0; i < 8; i++) Add($"small-{i}/none", 10, 0.2f + i / 100f);

        // Pooled by line the look-alike family is 1 % of the lines, under a 2 % budget: it passes whole.
        Assert.True(ThresholdCalibrator.PassingAtMost(scores, 0.02) <= 0.9f);
        // Per family it is 10 % of the weight, over the budget: the threshold rises above it.
        var t = ThresholdCalibrator.PassingAtMostPerFamily(scores, families, 0.02);
        Assert.True(t > 0.9f);
        // A budget of a whole family and more lets it through, and the next family's top line stays out.
        var wide = ThresholdCalibrator.PassingAtMostPerFamily(scores, families, 0.15);
        Assert.InRange(wide, 0.27f, 0.9f);
    }

    [Fact]
    public void Review_and_block_keep_their_floors_and_block_is_never_below_review()
    {
        float[] clean = [.. Enumerable.Range(0, 1000).Select(i => i / 5000f)]; // all below 0.2
        var options = new ThresholdOptions();

        var (review, block) = ThresholdCalibrator.Calibrate(clean, OneFamily(clean), options);

        Assert.Equal(options.MinimumReview, review);
        Assert.Equal(options.MinimumBlock, block);

        float[] noisy = [.. Enumerable.Range(0, 1000).Select(i => i / 1000f)];
        var (r2, b2) = ThresholdCalibrator.Calibrate(noisy, OneFamily(noisy), options);
        Assert.True(noisy.Count(s => s >= r2) <= 2);
        Assert.True(noisy.Count(s => s >= b2) <= 1);
        Assert.True(b2 >= r2);
    }

    [Fact]
    public void Block_holds_in_the_worst_family_not_on_average()
    {
        // 2,000 clean lines of one family and a small family the model never saw, two of whose 50 lines score high:
        // pooled, 0.1 % of 2,050 lets the second of them through; per family, a 50-line family may pass none.
        float[] scores = [.. Enumerable.Repeat(0.1f, 2000), .. Enumerable.Repeat(0.2f, 48), 0.95f, 0.97f];
        string[] families = [.. Enumerable.Repeat("orders", 2000), .. Enumerable.Repeat("greetings", 50)];

        var (_, block) = ThresholdCalibrator.Calibrate(scores, families, new ThresholdOptions());

        Assert.True(ThresholdCalibrator.PassingAtMost(scores, 0.001) <= 0.97f);
        Assert.True(block > 0.97f);
        Assert.DoesNotContain(scores, s => s >= block);
    }

    [Fact]
    public void A_family_large_enough_may_pass_its_share()
    {
        float[] scores = [.. Enumerable.Repeat(0.1f, 2998), 0.96f, 0.98f];
        string[] families = [.. Enumerable.Repeat("orders", 3000)];

        var (_, block) = ThresholdCalibrator.Calibrate(scores, families, new ThresholdOptions());

        // 0.1 % of 3,000 = 3 lines may pass.
        Assert.Equal(new ThresholdOptions().MinimumBlock, block);
    }

    [Fact]
    public void Many_small_families_do_not_let_a_large_look_alike_family_through_by_the_line()
    {
        // 2,000 one-line families that score low, and a look-alike family of 1,000 lines whose top 100 score 0.6–0.7:
        // family-weighted, the allowance (0.125 % of 2,001 groups, 2.5 groups) covers the 100 lines (0.1 of a group);
        // pooled, 0.25 % of 3,000 lines is 7 lines.
        float[] scores = [.. Enumerable.Repeat(0.05f, 2000), .. Enumerable.Range(0, 100).Select(i => 0.6f + i / 1000f), .. Enumerable.Repeat(0.1f, 900)];
        string[] families = [.. Enumerable.Range(0, 2000).Select(i => $"hand-{i}"), .. Enumerable.Repeat("look-alike", 1000)];
        var options = new ThresholdOptions();

        var (review, _) = ThresholdCalibrator.Calibrate(scores, families, options);

        Assert.True(ThresholdCalibrator.PassingAtMostPerFamily(scores, families, options.ReviewRate) <= 0.6f);
        Assert.True(scores.Count(s => s >= review) <= (int)(options.ReviewRateOfLines * scores.Length));
    }

    private static string[] OneFamily(float[] scores) => [.. scores.Select(_ => "family")];
}
