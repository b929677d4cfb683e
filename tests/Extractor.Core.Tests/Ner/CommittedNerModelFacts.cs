using Extractor.Core.Entities;
using Extractor.Core.Ner;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Ner;

public sealed class CommittedNerModelFacts
{
    private static readonly Lazy<NerTagger> Tagger = new(() => new NerTagger(NerModel.Load(UpwardSearch.Find("models/ner"))));

    [Fact]
    public void Tag_FindsTwoPeopleAndAPlace()
    {
        string[] words = ["Gustavo", "Petro", "met", "Donald", "Trump", "in", "Washington"];

        var tags = Tagger.Value.Tag(words).Select(token => token.Tag);

        Assert.Equal(["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC"], tags);
    }

    [Fact]
    public void TagDocument_TypesALoneNameByTheFullNameInTheSentenceBefore()
    {
        string[][] sentences = [["Michael", "Jordan", "scored", "30", "points", "."], ["Jordan", "said", "it", "would", "not", "sign", "."]];

        var tagged = Tagger.Value.TagDocument(sentences);

        Assert.Equal("B-PER", tagged[1][0].Tag);
    }

    [Fact]
    public void FindMentions_MapsTagsToEntityTypesWithOffsetsIntoTheText()
    {
        var document = SentenceSplitter.Analyze("Gustavo Petro met Donald Trump in Washington. The United Nations said nothing.");

        var mentions = new TaggerMentionFinder(Tagger.Value).FindMentions(document);

        Assert.Contains(mentions, mention => mention is { Text: "Gustavo Petro", Type: EntityType.Person, Source: MentionSource.Tagger });
        Assert.Contains(mentions, mention => mention is { Text: "Washington", Type: EntityType.Place });
        Assert.Contains(mentions, mention => mention is { Text: "United Nations", Type: EntityType.Group });
        Assert.All(mentions, mention => Assert.Equal(mention.Text, document.Text[mention.Start..mention.End]));
        Assert.All(mentions, mention => Assert.InRange(mention.Confidence, 0.0, 1.0));
    }
}
