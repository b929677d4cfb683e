namespace Extractor.Data.Review;

/// <summary>Cohen's kappa: how much two raters agree beyond what their label frequencies give by chance.</summary>
public static class CohensKappa
{
    /// <summary>
    /// (p_o - p_e) / (1 - p_e) over the pairs (one item each, labels of rater one and two); null without pairs,
    /// or when chance agreement is already certain (both raters always used one and the same label).
    /// </summary>
    public static double? Compute(IReadOnlyCollection<(string First, string Second)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0)
        {
            return null;
        }

        double n = pairs.Count;
        var observed = pairs.Count(p => p.First == p.Second) / n;
        var firstShares = pairs.GroupBy(p => p.First).ToDictionary(g => g.Key, g => g.Count() / n);
        var secondShares = pairs.GroupBy(p => p.Second).ToDictionary(g => g.Key, g => g.Count() / n);
        var chance = firstShares.Sum(f => f.Value * secondShares.GetValueOrDefault(f.Key));
        return chance >= 1 ? null : (observed - chance) / (1 - chance);
    }
}
