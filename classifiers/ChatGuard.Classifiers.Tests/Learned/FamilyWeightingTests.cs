using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Training.Corpus;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Learned;

public class FamilyWeightingTests
{
    private static CorpusMessage Line(string family, int i) =>
        new($"{family}-{i}", $"line {i}", [], SenderRole.Buyer, "zh-Hans", family);

    /// <summary>Nine lines of one template family and one of another, in two scripts of the latter.</summary>
    private static readonly List<CorpusMessage> Lopsided =
        [.. Enumerable.Range(0, 8).Select(i => Line("template/none/zh-Hans", i)), Line("handwritten/none/zh-Hans", 0), Line("handwritten/none/zh-Hant", 1)];

    [Fact]
    public void Every_family_group_weighs_the_same_at_exponent_one_and_the_weights_average_one()
    {
        var weights = CalibratedTraining.ToExamples(Lopsided, 1.0).Select(e => e.Weight).ToArray();

        Assert.Equal(1.0, weights.Average(), 1e-5);
        // The group is the family without its script: the two hand-written lines share one group's weight.
        Assert.Equal(weights[..8].Sum(), weights[8..].Sum(), 1e-4);
    }

    [Fact]
    public void A_smaller_exponent_leans_toward_the_larger_family_and_zero_weighs_every_line_alike()
    {
        var half = CalibratedTraining.ToExamples(Lopsided, 0.5).Select(e => e.Weight).ToArray();
        var none = CalibratedTraining.ToExamples(Lopsided, 0).Select(e => e.Weight).ToArray();

        Assert.True(half[..8].Sum() > half[8..].Sum());
        Assert.True(half[8] > half[0]);
        Assert.All(none, w => Assert.Equal(1f, w));
    }
}
