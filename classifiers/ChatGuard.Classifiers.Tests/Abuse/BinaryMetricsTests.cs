using ChatGuard.Classifiers.Training;

namespace ChatGuard.Classifiers.Tests.Abuse;

public class BinaryMetricsTests
{
    [Fact]
    public void Macro_F1_is_the_mean_of_both_classes_F1()
    {
        bool[] truth = [true, true, true, false, false, false, false, false];
        bool[] predicted = [true, true, false, true, false, false, false, false];

        var m = BinaryMetrics.From(truth, predicted);

        Assert.Equal((2, 1, 4, 1), (m.TruePositives, m.FalsePositives, m.TrueNegatives, m.FalseNegatives));
        Assert.Equal(0.75, m.Accuracy, 6);
        Assert.Equal(2.0 / 3, m.PositiveF1, 6);
        Assert.Equal(0.8, m.NegativeF1, 6);
        Assert.Equal((2.0 / 3 + 0.8) / 2, m.MacroF1, 6);
    }
}
