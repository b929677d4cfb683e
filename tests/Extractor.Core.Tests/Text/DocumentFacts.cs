using Extractor.Core.Text;

namespace Extractor.Core.Tests.Text;

public sealed class DocumentFacts
{
    [Fact]
    public void From_GivesTheTextAfterAHeadlineTheTokensAndSentencesItHasAlone()
    {
        const string headline = "Gunmen attack police station in Kano\n\n";
        const string body = "Gunmen attacked a police station in Kano on Monday. Three officers were killed, police said.";

        var from = SentenceSplitter.Analyze(headline + body).From(headline.Length);
        var alone = SentenceSplitter.Analyze(body);

        Assert.Equal(body, from.Text);
        Assert.Equal(alone.Tokens, from.Tokens);
        Assert.Equal(alone.Sentences, from.Sentences);
    }
}
