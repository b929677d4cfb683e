namespace Extractor.Core.Ner;

/// <summary>
/// Exact-span precision, recall and F1 per type, by conlleval's rules: a predicted span counts only
/// if a gold span has the same start, end and type.
/// </summary>
public static class NerScorer
{
    public const string Overall = "overall";

    /// <summary>Scores pairs of (gold, predicted) tag sequences; returns one row per type, then the overall row.</summary>
    public static IReadOnlyList<TypeScore> Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var correct = new Dictionary<string, int>();
        var predicted = new Dictionary<string, int>();
        var gold = new Dictionary<string, int>();
        foreach (var (goldTags, predictedTags) in sentences)
        {
            var goldSpans = EntitySpan.FromTags(goldTags);
            var predictedSpans = EntitySpan.FromTags(predictedTags);
            var goldSet = goldSpans.ToHashSet();
            foreach (var span in goldSpans) gold[span.Type] = gold.GetValueOrDefault(span.Type) + 1;
            foreach (var span in predictedSpans)
            {
                predicted[span.Type] = predicted.GetValueOrDefault(span.Type) + 1;
                if (goldSet.Contains(span)) correct[span.Type] = correct.GetValueOrDefault(span.Type) + 1;
            }
        }

        var rows = gold.Keys.Union(predicted.Keys).Order(StringComparer.Ordinal)
            .Select(type => new TypeScore(type, correct.GetValueOrDefault(type), predicted.GetValueOrDefault(type), gold.GetValueOrDefault(type)))
            .ToList();
        rows.Add(new TypeScore(Overall, rows.Sum(row => row.Correct), rows.Sum(row => row.Predicted), rows.Sum(row => row.Gold)));
        return rows;
    }
}
