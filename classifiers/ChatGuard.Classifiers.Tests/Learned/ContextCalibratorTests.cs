using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Training;

namespace ChatGuard.Classifiers.Tests.Learned;

public class ContextCalibratorTests
{
    [Fact]
    public void Of_thresholds_tied_on_dev_the_highest_is_taken()
    {
        (double, float)[] candidates = [(0.900, 0.40f), (0.906, 0.44f), (0.905, 0.48f), (0.904, 0.52f), (0.899, 0.56f)];

        Assert.Equal(0.52f, ContextCalibrator.HighestWithinTolerance(candidates, 0.002));
        Assert.Equal(0.44f, ContextCalibrator.HighestWithinTolerance(candidates, 0));
    }

    private static readonly ThresholdOptions Options = new() { ContextRate = 0.01, ContextTolerance = 0.002 };

    [Fact]
    public void A_review_threshold_that_alone_flags_more_chat_than_the_budget_does_not_take_the_head_out_of_its_context()
    {
        // 200 legitimate chat lines: 5 score above review (2.5 %, over the 1 % budget), none of them in a context.
        var legitimate = Enumerable.Range(0, 200).Select(i => i < 5 ? 0.99f : 0.2f).ToArray();
        var legitimateContext = new bool[200];
        // Dev: offensive texts in context score 0.7, clean ones 0.1.
        float[] dev = [0.7f, 0.7f, 0.7f, 0.1f, 0.1f, 0.1f];
        bool[] devContext = [true, true, true, true, false, false];
        bool[] truth = [true, true, true, false, false, false];

        var threshold = ContextCalibrator.Pick(dev, devContext, truth, legitimate, legitimateContext, review: 0.98f, Options);

        Assert.True(threshold < LabelHead.Never);
        Assert.InRange(threshold, 0.11f, 0.70f);
    }

    [Fact]
    public void With_no_threshold_inside_the_budget_the_head_only_adds_to_rules()
    {
        var legitimate = Enumerable.Range(0, 100).Select(i => i < 10 ? 0.99f : 0.2f).ToArray();
        var legitimateContext = Enumerable.Repeat(true, 100).ToArray(); // every chat line in context, 10 % over review
        float[] dev = [0.9f, 0.1f];

        var threshold = ContextCalibrator.Pick(dev, [true, true], [true, false], legitimate, legitimateContext, review: 0.98f, Options);

        Assert.Equal(1f, threshold);
    }

    [Fact]
    public void Without_a_context_the_head_may_report_at_review_when_that_keeps_within_the_budget()
    {
        var legitimate = Enumerable.Repeat(0.2f, 100).ToArray();
        var legitimateContext = Enumerable.Repeat(true, 100).ToArray(); // any context threshold at or below 0.2 flags all
        float[] dev = [0.99f, 0.99f, 0.1f, 0.1f];
        bool[] devContext = [false, false, false, false]; // the offensive dev texts have no context word

        var threshold = ContextCalibrator.Pick(dev, devContext, [true, true, false, false], legitimate, legitimateContext, review: 0.98f, Options);

        Assert.Equal(LabelHead.Never, threshold);
    }
}
