using Extractor.Core.Ner;

namespace Extractor.Core.Tests.Ner;

public sealed class NerTrainerFacts : IClassFixture<NerCorpusFixture>
{
    private readonly NerCorpusFixture fixture;

    public NerTrainerFacts(NerCorpusFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void Train_OnATinySlice_FitsMostOfItsOwnEntities()
    {
        var tagger = new NerTagger(fixture.Model);
        var scores = NerScorer.Score(fixture.Sentences.Select(sentence =>
            (sentence.Tags, (IReadOnlyList<string>)tagger.Tag(sentence.Words).Select(token => token.Tag).ToArray())));

        Assert.True(scores[^1].F1 > 0.8, $"training-set F1 was {scores[^1].F1:F3}");
    }

    [Fact]
    public void Train_OnATinySlice_TagsObviousNamesInNewSentences()
    {
        var tagger = new NerTagger(fixture.Model);

        var tags = tagger.Tag(["Germany", "beat", "Italy", "in", "Berlin", "on", "Sunday", "."]).Select(token => token.Tag).ToArray();

        Assert.Equal("B-LOC", tags[0]);
        Assert.Equal("B-LOC", tags[4]);
        Assert.Equal("O", tags[1]);
        Assert.Equal("O", tags[6]);
    }
}
