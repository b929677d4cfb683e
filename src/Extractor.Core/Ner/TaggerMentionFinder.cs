using Extractor.Core.Entities;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Core.Ner;

/// <summary>
/// Proposes mentions from the trained tagger, sentence by sentence, then makes same-named spans of
/// the document agree on one type (<see cref="DocumentTypeConsistency"/>): PER → Person,
/// ORG → Group, LOC → Place; MISC is dropped. Confidence is the mean tag probability over the span.
/// </summary>
public sealed class TaggerMentionFinder : IMentionFinder
{
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
        foreach (var sentence in document.Sentences)
        {
            var words = new string[sentence.TokenCount];
            for (var i = 0; i < words.Length; i++) words[i] = document.TokenText(sentence.FirstToken + i);
            var tagged = tagger.Tag(words);
            var tags = tagged.Select(token => token.Tag).ToArray();
            foreach (var span in EntitySpan.FromTags(tags))
            {
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

    private static EntityType? TypeFor(string nerType) => nerType switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Group,
        "LOC" => EntityType.Place,
        _ => null,
    };
}
