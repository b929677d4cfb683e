using Extractor.Core.Ner;

namespace Extractor.Core.Tests.Ner;

public sealed class WordClustersFacts : IClassFixture<NerCorpusFixture>
{
    private readonly NerCorpusFixture fixture;

    public WordClustersFacts(NerCorpusFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void Build_PutsWordsThatShareContextsTogether()
    {
        string[][] sentences =
        [
            ["the", "cat", "sat", "on", "the", "mat", "."],
            ["the", "dog", "sat", "on", "the", "rug", "."],
            ["a", "cat", "ran", "to", "a", "mat", "."],
            ["a", "dog", "ran", "to", "a", "rug", "."],
        ];

        var clusters = WordClusters.Build(sentences, clusterCount: 4, contextWords: 20, minCount: 2);

        Assert.Equal(clusters["cat"], clusters["dog"]);
        Assert.Equal(clusters["mat"], clusters["rug"]);
        Assert.NotEqual(clusters["cat"], clusters["the"]);
    }

    [Fact]
    public void Build_OnRealText_IsDeterministicAndSkipsRareWords()
    {
        var words = fixture.Sentences.Select(sentence => sentence.Words).ToList();

        var first = WordClusters.Build(words, clusterCount: 16);
        var second = WordClusters.Build(words, clusterCount: 16);

        Assert.Equal(first.OrderBy(pair => pair.Key, StringComparer.Ordinal), second.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Contains("the", first.Keys);
        Assert.All(first.Values, cluster => Assert.InRange(cluster, 0, 15));
        var once = words.SelectMany(sentence => sentence).GroupBy(word => word, StringComparer.Ordinal).First(group => group.Count() == 1).Key;
        Assert.DoesNotContain(once, first.Keys);
    }

    [Fact]
    public void WithClusters_AddsTheClusterAfterTheWordsTypes()
    {
        var lexicon = new NerLexicon(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["Paris"] = ["LOC"] });

        var merged = lexicon.WithClusters(new Dictionary<string, int> { ["Paris"] = 7, ["Rome"] = 7 }, 64);

        Assert.Equal(["LOC", "k64:7"], merged.TypesOf("Paris"));
        Assert.Equal(["k64:7"], merged.TypesOf("Rome"));
        Assert.Equal(["LOC"], lexicon.TypesOf("Paris"));
    }
}
