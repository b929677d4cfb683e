using Extractor.Core.Entities;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Core.Ner;

/// <summary>
/// Proposes mentions from the trained tagger, sentence by sentence: PER → Person, ORG → Group,
/// LOC → Place; MISC is dropped. Confidence is the mean tag probability over the span.
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
        var mentions = new List<Mention>();
        foreach (var sentence in document.Sentences)
        {
            var words = new string[sentence.TokenCount];
            for (var i = 0; i < words.Length; i++) words[i] = document.TokenText(sentence.FirstToken + i);
            var tagged = tagger.Tag(words);
            var tags = tagged.Select(token => token.Tag).ToArray();
            foreach (var span in EntitySpan.FromTags(tags))
            {
                if (TypeFor(span.Type) is not { } type) continue;
                var start = document.Tokens[sentence.FirstToken + span.Start].Start;
                var end = document.Tokens[sentence.FirstToken + span.End - 1].End;
                var confidence = tagged[span.Start..span.End].Average(token => token.Probability);
                mentions.Add(new Mention(start, end, document.Slice(start, end), type, MentionSource.Tagger, confidence));
            }
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
