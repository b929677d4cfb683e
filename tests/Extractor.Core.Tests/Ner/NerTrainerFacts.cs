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

    [Fact]
    public void Train_WithAnAggregationWindow_SavesASecondStageThatTagsTheSameAfterLoading()
    {
        var sentences = fixture.Sentences.Take(300).ToList();
        var model = NerTrainer.Train(sentences, NerLexicon.Empty, fixture.Model.Lists, new NerTrainingOptions { MinFeatureCount = 1, MaximumIterations = 30, AggregationWindow = 10, JackknifeFolds = 3 });
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        var reloaded = NerModel.Read(stream);
        IReadOnlyList<string>[] words = [.. sentences.Select(sentence => sentence.Words)];

        var tagged = new NerTagger(model).TagDocument(words);
        var scores = NerScorer.Score(sentences.Select((sentence, i) => (sentence.Tags, (IReadOnlyList<string>)[.. tagged[i].Select(token => token.Tag)])));

        Assert.NotNull(reloaded.SecondStage);
        Assert.Equal(10, reloaded.AggregationWindow);
        Assert.Equal(tagged, new NerTagger(reloaded).TagDocument(words));
        Assert.True(scores[^1].F1 > 0.8, $"training-set F1 was {scores[^1].F1:F3}");
    }
}
