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
}
