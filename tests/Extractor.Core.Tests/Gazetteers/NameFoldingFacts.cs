using Extractor.Core.Gazetteers;

namespace Extractor.Core.Tests.Gazetteers;

public class NameFoldingFacts
{
    [Theory]
    [InlineData("Bogotá", "bogota")]
    [InlineData("Ejército de Liberación Nacional", "ejercito de liberacion nacional")]
    [InlineData("Nicușor Dan", "nicusor dan")]
    [InlineData("Colombia’s", "colombia's")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("Al Ḩudaydah", "al hudaydah")]
    public void Fold_RemovesCaseAccentsAndTypographicApostrophes(string name, string expected)
    {
        Assert.Equal(expected, NameFolding.Fold(name));
    }
}
