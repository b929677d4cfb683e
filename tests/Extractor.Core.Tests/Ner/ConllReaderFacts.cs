using Extractor.Core.Ner;

namespace Extractor.Core.Tests.Ner;

public sealed class ConllReaderFacts
{
    [Fact]
    public void Read_MapsGmbTypesAndDropsTimeExpressions()
    {
        var text = "Mr.\tB-per\nObama\tI-per\nvisited\tO\nIraqi\tB-gpe\ntroops\tO\non\tO\nMonday\tB-tim\n\n";

        var sentence = Assert.Single(ConllReader.Read(new StringReader(text), CorpusTypeMaps.Gmb));

        Assert.Equal(["B-PER", "I-PER", "O", "B-MISC", "O", "O", "O"], sentence.Tags);
    }

    [Fact]
    public void Read_SkipsDocumentSeparatorsAndRepairsDanglingInsideTags()
    {
        var text = "-DOCSTART-\tO\n\nEU\tI-ORG\nrejects\tO\nGerman\tI-MISC\ncall\tO\n";

        var sentence = Assert.Single(ConllReader.Read(new StringReader(text), CorpusTypeMaps.Conll));

        Assert.Equal(["EU", "rejects", "German", "call"], sentence.Words);
        Assert.Equal(["B-ORG", "O", "B-MISC", "O"], sentence.Tags);
    }
}
