namespace Extractor.Core.Ner;

/// <summary>
/// Aligns corpora whose PER spans include titles ("President Bush", GMB) with CoNLL, whose spans do
/// not: the title words are learned from CoNLL-style sentences as capitalized words tagged O right
/// before a person, and leading title words are cut from PER spans.
/// </summary>
public sealed class PersonTitleTrimmer
{
    private readonly HashSet<string> titles;

    private PersonTitleTrimmer(HashSet<string> titles)
    {
        this.titles = titles;
    }

    public IReadOnlyCollection<string> Titles => titles;

    /// <summary>Learns titles: capitalized words seen at least <paramref name="minCount"/> times as O within two tokens before B-PER.</summary>
    public static PersonTitleTrimmer Learn(IEnumerable<LabeledSentence> sentences, int minCount = 3)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var t = 0; t < sentence.Words.Count; t++)
            {
                if (sentence.Tags[t] != "B-PER") continue;
                for (var back = t - 1; back >= Math.Max(0, t - 2) && sentence.Tags[back] == NerTags.Outside; back--)
                {
                    var word = sentence.Words[back];
                    if (char.IsUpper(word[0])) counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            }
        }

        return new PersonTitleTrimmer(counts.Where(pair => pair.Value >= minCount).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal));
    }

    public LabeledSentence Trim(LabeledSentence sentence)
    {
        var tags = sentence.Tags.ToArray();
        for (var t = 0; t < tags.Length; t++)
        {
            if (tags[t] != "B-PER") continue;
            var start = t;
            while (start + 1 < tags.Length && tags[start + 1] == "I-PER" && titles.Contains(sentence.Words[start])) tags[start++] = NerTags.Outside;
            tags[start] = "B-PER";
            t = start;
        }

        return sentence with { Tags = tags };
    }
}
