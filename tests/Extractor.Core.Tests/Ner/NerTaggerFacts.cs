using Extractor.Core.Ner;

namespace Extractor.Core.Tests.Ner;

public sealed class NerTaggerFacts : IClassFixture<NerCorpusFixture>
{
    private readonly NerCorpusFixture fixture;

    public NerTaggerFacts(NerCorpusFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void Tag_NeverEmitsAnInsideTagThatDoesNotContinueASpanOfItsType()
    {
        var tagger = new NerTagger(fixture.Model);
        string[][] inputs =
        [
            .. fixture.Sentences.Select(sentence => sentence.Words.ToArray()),
            ["of", "the", "Republic", "of", "Korea", "and", "New", "York", "Stock", "Exchange", "in", "Paris"],
            ["Smith", "Jones", "Brown", "United", "Nations", "Reuters", "German", "Bundesbank"],
        ];

        foreach (var words in inputs)
        {
            string? previous = null;
            foreach (var token in tagger.Tag(words))
            {
                Assert.True(NerTags.CanFollow(previous, token.Tag), $"{token.Tag} after {previous ?? "start"} in: {string.Join(' ', words)}");
                previous = token.Tag;
            }
        }
    }

    [Fact]
    public void Tag_GivesEveryTokenAProbability()
    {
        var tagged = new NerTagger(fixture.Model).Tag(["Clinton", "flew", "to", "Paris", "."]);

        Assert.All(tagged, token => Assert.InRange(token.Probability, 0.0, 1.0));
    }

    [Fact]
    public void SaveThenLoad_TagsEverySentenceTheSame()
    {
        using var stream = new MemoryStream();
        fixture.Model.Write(stream);
        stream.Position = 0;
        var reloaded = NerModel.Read(stream);
        var original = new NerTagger(fixture.Model);
        var copy = new NerTagger(reloaded);

        Assert.Equal(fixture.Model.FeatureCount, reloaded.FeatureCount);
        Assert.Equal(fixture.Model.Lists.Phrases(), reloaded.Lists.Phrases());
        foreach (var sentence in fixture.Sentences.Take(200))
        {
            Assert.Equal(original.Tag(sentence.Words), copy.Tag(sentence.Words));
        }
    }
}
