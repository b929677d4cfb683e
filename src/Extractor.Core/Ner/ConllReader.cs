namespace Extractor.Core.Ner;

/// <summary>
/// Reads CoNLL-style NER files (token, optional columns, tag last; blank line between sentences)
/// and maps each corpus's type names onto PER/ORG/LOC/MISC. Document separators are skipped.
/// </summary>
public static class ConllReader
{
    public static List<LabeledSentence> Read(TextReader reader, IReadOnlyDictionary<string, string> typeMap)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<LabeledSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var columns = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                Flush(sentences, words, tags);
                continue;
            }

            words.Add(columns[0]);
            tags.Add(columns.Length > 1 ? MapTag(columns[^1], typeMap) : NerTags.Outside);
        }

        Flush(sentences, words, tags);
        return sentences;
    }

    public static string MapTag(string tag, IReadOnlyDictionary<string, string> typeMap)
    {
        if (tag.Length < 3 || tag[1] != '-') return NerTags.Outside;
        var prefix = tag[0] == 'I' ? "I-" : "B-";
        return typeMap.TryGetValue(tag[2..], out var type) && type != NerTags.Outside ? prefix + type : NerTags.Outside;
    }

    private static void Flush(List<LabeledSentence> sentences, List<string> words, List<string> tags)
    {
        if (words.Count > 0 && words[0] != "-DOCSTART-")
        {
            sentences.Add(new LabeledSentence([.. words], Repair(tags)));
        }

        words.Clear();
        tags.Clear();
    }

    /// <summary>Turns IOB1 or type-mapped leftovers into valid BIO2: an I- that cannot continue becomes B-.</summary>
    private static string[] Repair(List<string> tags)
    {
        var repaired = new string[tags.Count];
        string? previous = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            repaired[i] = NerTags.CanFollow(previous, tag) ? tag : "B-" + tag[2..];
            previous = repaired[i];
        }

        return repaired;
    }
}
