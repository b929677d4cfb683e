namespace Extractor.Data.Model;

/// <summary>Counts for the demo summary and dashboards; keys are the stored text values.</summary>
public sealed record StoreSummary(
    IReadOnlyDictionary<string, int> ArticlesByState,
    IReadOnlyDictionary<string, int> EntitiesByType,
    IReadOnlyDictionary<string, int> EventsByType,
    IReadOnlyDictionary<string, int> FactsByStatus)
{
    public int Articles => ArticlesByState.Values.Sum();
}
