using Extractor.Core.Ner;

namespace Extractor.Core.Tests.Ner;

public sealed class NonLocalFeaturesFacts
{
    [Fact]
    public void Compute_GivesTheShareOfTypesTheWordsOtherOccurrencesGot()
    {
        string[][] sentences =
        [
            ["Jordan", "signed", "the", "deal", "."],
            ["Jordan", "scored", "twice", "."],
            ["Jordan", "said", "so", "."],
            ["Fans", "cheered", "Jordan", "."],
        ];
        string[][] tags =
        [
            ["B-LOC", "O", "O", "O", "O"],
            ["B-PER", "O", "O", "O"],
            ["B-PER", "O", "O", "O"],
            ["O", "O", "B-PER", "O"],
        ];

        var features = NonLocalFeatures.Compute(sentences, tags, window: 5);

        Assert.Equal(["pa#=3+", "pa=PER|all"], features[0][0]);
        Assert.Equal(["pa#=3+", "pa=PER|most", "pa=LOC|some"], features[1][0]);
        Assert.Empty(features[1][1]);
    }

    [Fact]
    public void Compute_MarksAWordAsThePartOfTheLongestEntityElsewhereThatHoldsIt()
    {
        string[][] sentences =
        [
            ["John", "Smith", "of", "Acme", "Smith", "Holdings", "spoke", "."],
            ["Smith", "left", "."],
        ];
        string[][] tags =
        [
            ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"],
            ["B-ORG", "O", "O"],
        ];

        var features = NonLocalFeatures.Compute(sentences, tags, window: 1);

        Assert.Contains("ph=ORG|inside", features[1][0]);
        Assert.Contains("ph=ORG|inside", features[0][1]);
        Assert.Contains("ph=PER|last", features[0][4]);
    }

    [Fact]
    public void Compute_ReadsOnlySentencesInsideTheWindow()
    {
        string[][] sentences = [["Reading", "won", "."], ["It", "rained", "."], ["It", "rained", "."], ["Reading", "lost", "."]];
        string[][] tags = [["B-ORG", "O", "O"], ["O", "O", "O"], ["O", "O", "O"], ["B-ORG", "O", "O"]];

        var narrow = NonLocalFeatures.Compute(sentences, tags, window: 2);
        var wide = NonLocalFeatures.Compute(sentences, tags, window: 3);

        Assert.Empty(narrow[0][0]);
        Assert.Equal(["pa#=1", "pa=ORG|all"], wide[0][0]);
        Assert.Equal(["pa#=1", "pa=O|all"], wide[1][0]);
    }
}
