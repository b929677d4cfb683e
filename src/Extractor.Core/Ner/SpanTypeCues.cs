namespace Extractor.Core.Ner;

/// <summary>
/// Context that overrides the tagger's type for a span, read from the words around it:
/// a geographic feature word ending the name ("the Darién Gap", "the Orinoco River") makes a place;
/// a group noun in apposition ("the cartel, the Clan del Golfo", "the Clan del Golfo — a cartel that")
/// makes an organisation of a span tagged MISC or PER; and a dateline ("Bogotá, Colombia — ...") makes the
/// name before the country a place.
/// </summary>
public static class SpanTypeCues
{
    private static readonly HashSet<string> FeatureWords = new(StringComparer.Ordinal)
    {
        "Gap", "River", "Valley", "Mountains", "Mountain", "Strait", "Sea", "Lake", "Island", "Islands", "Desert", "Peninsula",
        "Canal", "Bay", "Basin", "Plateau", "Corridor", "Highlands", "Jungle", "Forest", "Coast", "Delta", "Range", "Sierra",
    };

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "cartel", "gang", "group", "organization", "organisation", "militia", "guerrilla", "guerrillas", "rebels", "party",
        "movement", "army", "faction", "network", "syndicate", "mafia", "company", "firm", "union",
    };

    private static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
    {
        "that", "which", "based", "known", "in", "from", "with", "operating", "led", "founded", "active", "whose",
    };

    private static readonly HashSet<string> Dashes = new(StringComparer.Ordinal) { "—", "–", "-", "--" };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "its" };

    /// <summary>The type the span at <paramref name="index"/> of a sentence's spans should have.</summary>
    public static string TypeOf(IReadOnlyList<EntitySpan> spans, int index, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(words);
        var span = spans[index];
        if (span.Type is "ORG" or "MISC" && span.End - span.Start > 1 && FeatureWords.Contains(words[span.End - 1])) return "LOC";
        if (span.Type is "MISC" or "PER" && HasGroupApposition(span, words)) return "ORG";
        if (span.Start == 0 && span.Type != "LOC" && IsDatelinePlace(spans, index, words)) return "LOC";
        return span.Type;
    }

    /// <summary>"organization, the X", "the cartel X" before the span, or "X — a … cartel" / "X, a … cartel" after it.</summary>
    private static bool HasGroupApposition(EntitySpan span, IReadOnlyList<string> words)
    {
        var before = span.Start - 1;
        if (before >= 0 && Determiners.Contains(words[before])) before--;
        if (before >= 0 && words[before] == ",") before--;
        if (before >= 0 && GroupNouns.Contains(words[before])) return true;

        var after = span.End;
        if (after >= words.Count || !(words[after] == "," || Dashes.Contains(words[after]))) return false;
        if (after + 1 >= words.Count || !Determiners.Contains(words[after + 1])) return false;
        for (var i = after + 2; i < Math.Min(words.Count, after + 7); i++)
        {
            if (GroupNouns.Contains(words[i])) return IsNounPhraseEnd(words, i + 1);
            if (words[i] is "," or "." or "of" or "that" or "which" || Dashes.Contains(words[i])) return false;
        }

        return false;
    }

    /// <summary>
    /// The group noun heads its phrase ("a cartel that", "a cartel —"), unlike "a party leader" or
    /// "a gang member", which describe a person.
    /// </summary>
    private static bool IsNounPhraseEnd(IReadOnlyList<string> words, int next) =>
        next >= words.Count || !char.IsLetter(words[next][0]) || PhraseEnds.Contains(words[next]);

    /// <summary>"Bogotá, Colombia — The government ...": a name, a comma, a place, then a dash open the sentence.</summary>
    private static bool IsDatelinePlace(IReadOnlyList<EntitySpan> spans, int index, IReadOnlyList<string> words)
    {
        var span = spans[index];
        if (index + 1 >= spans.Count || span.End >= words.Count || words[span.End] != ",") return false;
        var next = spans[index + 1];
        return next.Type == "LOC" && next.Start == span.End + 1 && next.End < words.Count && Dashes.Contains(words[next.End]);
    }
}
