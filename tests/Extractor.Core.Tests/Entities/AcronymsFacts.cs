using Extractor.Core.Entities;

namespace Extractor.Core.Tests.Entities;

public class AcronymsFacts
{
    [Theory]
    [InlineData("ELN", "Ejército de Liberación Nacional", true)]
    [InlineData("NLA", "National Liberation Army", true)]
    [InlineData("U.N.", "United Nations", true)]
    [InlineData("ELN", "National Liberation Army", false)]
    [InlineData("Eln", "Ejército de Liberación Nacional", false)]
    [InlineData("UN", "Nations", false)]
    public void Abbreviates_MatchesCapitalInitialsOfTheContentWords(string acronym, string name, bool expected)
    {
        Assert.Equal(expected, Acronyms.Abbreviates(acronym, name));
    }
}
