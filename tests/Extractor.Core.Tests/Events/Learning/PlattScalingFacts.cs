using Extractor.Core.Events.Learning;

namespace Extractor.Core.Tests.Events.Learning;

public sealed class PlattScalingFacts
{
    [Fact]
    public void Fit_LowersTheConfidenceOfAnOverconfidentScore()
    {
        // Scores of 0.9 are right only half of the time, scores of 0.6 a fifth of the time.
        var points = Enumerable.Range(0, 100).Select(i => (0.9, i % 2 == 0))
            .Concat(Enumerable.Range(0, 100).Select(i => (0.6, i % 5 == 0)))
            .ToList();

        var scaling = PlattScaling.Fit(points);

        Assert.InRange(scaling.Calibrate(0.9), 0.4, 0.6);
        Assert.InRange(scaling.Calibrate(0.6), 0.1, 0.3);
    }

    [Fact]
    public void Fit_KeepsScoresWhenEveryPointHasTheSameOutcome()
    {
        var scaling = PlattScaling.Fit([(0.7, true), (0.8, true)]);

        Assert.Equal(0.7, scaling.Calibrate(0.7), 6);
    }
}
