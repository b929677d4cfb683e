using Extractor.Data.Review;

namespace Extractor.Data.Tests.Review;

public sealed class CohensKappaFacts
{
    private static List<(string, string)> Pairs(params (string First, string Second, int Count)[] cells) =>
        cells.SelectMany(c => Enumerable.Repeat((c.First, c.Second), c.Count)).ToList();

    [Fact]
    public void Compute_CorrectsObservedAgreementForChance()
    {
        // 50 facts: agreement 35/50 = 0.7; rater one approves half, rater two 60%, so chance is 0.5*0.6 + 0.5*0.4 = 0.5.
        var pairs = Pairs(("approved", "approved", 20), ("approved", "rejected", 5), ("rejected", "approved", 10), ("rejected", "rejected", 15));

        Assert.Equal(0.4, CohensKappa.Compute(pairs)!.Value, 10);
    }

    [Fact]
    public void Compute_IsOneForFullAgreementOverSeveralLabels()
    {
        var pairs = Pairs(("approved", "approved", 3), ("rejected", "rejected", 2), ("corrected", "corrected", 1));

        Assert.Equal(1.0, CohensKappa.Compute(pairs)!.Value, 10);
    }

    [Fact]
    public void Compute_IsNegativeWhenRatersDisagreeMoreThanChance()
    {
        var pairs = Pairs(("approved", "rejected", 4), ("rejected", "approved", 4));

        Assert.Equal(-1.0, CohensKappa.Compute(pairs)!.Value, 10);
    }

    [Fact]
    public void Compute_IsUndefinedWithoutPairsOrWhenBothRatersUseOneLabel()
    {
        Assert.Null(CohensKappa.Compute([]));
        Assert.Null(CohensKappa.Compute(Pairs(("approved", "approved", 5))));
    }
}
