using Extractor.Core.Entities;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Entities;

public sealed class RoleCuesFacts
{
    [Theory]
    [InlineData("Ana Ruiz was not supposed to be a wartime president.", "president")]
    [InlineData("Ana Ruiz is the country's defence minister.", "minister")]
    [InlineData("Ana Ruiz became the first female mayor of the city.", "mayor")]
    public void Find_ReadsARoleAfterACopula(string text, string role)
    {
        Assert.Equal(role, Find(text, "Ana", "Ruiz"));
    }

    [Theory]
    [InlineData("Ana Ruiz was meeting the president on Monday.")]
    [InlineData("Ana Ruiz was the daughter of a former president.")]
    [InlineData("Ana Ruiz is a critic and the president disagrees.")]
    public void Find_IgnoresARoleThatDoesNotDescribeTheSubject(string text)
    {
        Assert.Null(Find(text, "Ana", "Ruiz"));
    }

    private static string? Find(string text, string first, string last)
    {
        var document = SentenceSplitter.Analyze(text);
        var start = Enumerable.Range(0, document.Tokens.Count).First(i => document.TokenText(i) == first);
        var end = Enumerable.Range(start, document.Tokens.Count - start).First(i => document.TokenText(i) == last) + 1;
        return RoleCues.Find(document, start, end);
    }
}
