namespace Extractor.Core.Ner;

/// <summary>
/// Non-local agreement of the tagger's spans within one document (one sense per discourse, after
/// Ratinov and Roth 2009): a lone word that is the last word of a person's full name elsewhere in the
/// document is that person ("Gustavo Petro" … "Petro's government"), and every span with the same
/// text then takes the type that has the most summed confidence over its occurrences.
/// </summary>
public static class DocumentTypeConsistency
{
    private const string Person = "PER";

    /// <summary>The agreed type of each span, in the order given.</summary>
    public static string[] Agree(IReadOnlyList<TypedSpanText> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var surnames = spans
            .Where(span => span.Type == Person && span.Words.Count > 1)
            .Select(span => span.Words[^1])
            .ToHashSet(StringComparer.Ordinal);
        var types = spans.Select(span => span.Words.Count == 1 && surnames.Contains(span.Words[0]) ? Person : span.Type).ToArray();

        var votes = new Dictionary<(string Text, string Type), double>();
        for (var i = 0; i < spans.Count; i++)
        {
            var key = (spans[i].Text, types[i]);
            votes[key] = votes.GetValueOrDefault(key) + spans[i].Confidence;
        }

        var winner = votes
            .GroupBy(vote => vote.Key.Text, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.MaxBy(vote => vote.Value).Key.Type, StringComparer.Ordinal);
        return [.. spans.Select(span => winner[span.Text])];
    }
}
