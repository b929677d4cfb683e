using Extractor.Core.Ner;

namespace Extractor.Core.Tests.Ner;

public sealed class NerScorerFacts
{
    [Fact]
    public void Score_CountsOnlyExactSpansOfTheRightType()
    {
        string[] gold = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG"];
        string[] predicted = ["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O"];

        var scores = NerScorer.Score([(gold, predicted)]).ToDictionary(row => row.Type);

        Assert.Equal(1.0, scores["PER"].F1);
        Assert.Equal(0, scores["LOC"].Correct);
        Assert.Equal(0, scores["ORG"].Correct);
        Assert.Equal(2, scores["ORG"].Predicted);
        Assert.Equal(new TypeScore(NerScorer.Overall, 1, 3, 3), scores[NerScorer.Overall]);
    }

    [Fact]
    public void FromTags_StartsASpanAtAnInsideTagThatFollowsAnotherType()
    {
        var spans = EntitySpan.FromTags(["I-PER", "I-PER", "I-LOC", "O", "B-MISC", "B-MISC"]);

        Assert.Equal([new EntitySpan(0, 2, "PER"), new EntitySpan(2, 3, "LOC"), new EntitySpan(4, 5, "MISC"), new EntitySpan(5, 6, "MISC")], spans);
    }
}
