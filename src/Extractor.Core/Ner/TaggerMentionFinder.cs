using Extractor.Core.Entities;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Core.Ner;

/// <summary>
/// Proposes mentions from the trained tagger over the document's sentences (a two-stage model reads
/// its first pass over neighbouring sentences), then makes same-named spans of
/// the document agree on one type (<see cref="DocumentTypeConsistency"/>); context retypes a span
/// (<see cref="SpanTypeCues"/>) and a nationality before
/// "government" or "border" becomes the government (ORG) or the country (LOC). PER → Person,
/// ORG → Group, LOC → Place; MISC is dropped. Confidence is the mean tag probability over the span.
/// </summary>
public sealed class TaggerMentionFinder : IMentionFinder
{
    private static readonly HashSet<string> StateWords = new(StringComparer.Ordinal) { "government", "administration", "authorities" };

    private static readonly HashSet<string> TerritoryWords = new(StringComparer.Ordinal) { "border", "frontier", "territory", "soil", "airspace" };

    private readonly NerTagger tagger;

    public TaggerMentionFinder(NerTagger tagger)
    {
        this.tagger = tagger;
    }

    public IReadOnlyList<Mention> FindMentions(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = new List<(int FirstToken, int EndToken)>();
        var texts = new List<TypedSpanText>();
        var sentenceWords = document.Sentences.Select(sentence => Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(document.TokenText).ToArray()).ToList();
        var taggedSentences = tagger.TagDocument(sentenceWords);
        for (var s = 0; s < sentenceWords.Count; s++)
        {
            var sentence = document.Sentences[s];
            var words = sentenceWords[s];
            var tagged = taggedSentences[s];
            var tags = tagged.Select(token => token.Tag).ToArray();
            var sentenceSpans = EntitySpan.FromTags(tags);
            for (var index = 0; index < sentenceSpans.Count; index++)
            {
                var cued = sentenceSpans[index] with { Type = SpanTypeCues.TypeOf(sentenceSpans, index, words) };
                var span = WithoutEdgePunctuation(NationalityPhrase(cued, words), words);
                if (span.Start == span.End) continue;
                spans.Add((sentence.FirstToken + span.Start, sentence.FirstToken + span.End));
                texts.Add(new TypedSpanText(words[span.Start..span.End], span.Type, tagged[span.Start..span.End].Average(token => token.Probability)));
            }
        }

        var agreed = DocumentTypeConsistency.Agree(texts);
        var mentions = new List<Mention>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            if (TypeFor(agreed[i]) is not { } type) continue;
            var start = document.Tokens[spans[i].FirstToken].Start;
            var end = document.Tokens[spans[i].EndToken - 1].End;
            mentions.Add(new Mention(start, end, document.Slice(start, end), type, MentionSource.Tagger, texts[i].Confidence));
        }

        return mentions;
    }

    /// <summary>A dash or quote mark the tagger ran into a name ("ELN —") is not part of the name.</summary>
    private static EntitySpan WithoutEdgePunctuation(EntitySpan span, string[] words)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && !words[start].Any(char.IsLetterOrDigit)) start++;
        while (end > start && !words[end - 1].Any(char.IsLetterOrDigit)) end--;
        return span with { Start = start, End = end };
    }

    /// <summary>
    /// A nationality (MISC) followed by a word for the state acting ("the Colombian government",
    /// "Venezuelan authorities") names that government, an organisation; followed by a word for the
    /// country's ground ("the Venezuelan border", "on Colombian soil") it names the country, a place.
    /// The span takes the word so that the linker's country table can name the country or government.
    /// </summary>
    private static EntitySpan NationalityPhrase(EntitySpan span, string[] words)
    {
        if (span.Type != "MISC" || span.End >= words.Length) return span;
        if (StateWords.Contains(words[span.End])) return new EntitySpan(span.Start, span.End + 1, "ORG");
        if (TerritoryWords.Contains(words[span.End])) return new EntitySpan(span.Start, span.End + 1, "LOC");
        return span;
    }

    private static EntityType? TypeFor(string nerType) => nerType switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Group,
        "LOC" => EntityType.Place,
        _ => null,
    };
}
