using Extractor.Core.Ner;

namespace Extractor.Core.Tests.Ner;

public sealed class DocumentTypeConsistencyFacts
{
    [Fact]
    public void Agree_TypesALoneSurnameAsThePersonWhoseFullNameEndsWithIt()
    {
        TypedSpanText[] spans =
        [
            new(["Gustavo", "Petro"], "PER", 0.9),
            new(["Petro"], "ORG", 0.8),
            new(["Petro"], "ORG", 0.7),
        ];

        var types = DocumentTypeConsistency.Agree(spans);

        Assert.Equal(["PER", "PER", "PER"], types);
    }

    [Fact]
    public void Agree_GivesSameTextSpansTheTypeWithMostSummedConfidence()
    {
        TypedSpanText[] spans =
        [
            new(["Clan", "del", "Golfo"], "PER", 0.5),
            new(["Clan", "del", "Golfo"], "ORG", 0.6),
            new(["Clan", "del", "Golfo"], "ORG", 0.4),
            new(["Bogotá"], "LOC", 0.9),
        ];

        var types = DocumentTypeConsistency.Agree(spans);

        Assert.Equal(["ORG", "ORG", "ORG", "LOC"], types);
    }

    [Fact]
    public void Agree_LeavesAOneWordNameAloneWhenNoPersonEndsWithIt()
    {
        TypedSpanText[] spans =
        [
            new(["Donald", "Trump"], "PER", 0.9),
            new(["Washington"], "LOC", 0.8),
        ];

        var types = DocumentTypeConsistency.Agree(spans);

        Assert.Equal(["PER", "LOC"], types);
    }
}
