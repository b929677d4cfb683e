using System.Collections.Frozen;

namespace Extractor.Core.Text;

/// <summary>Words that keep their trailing period, and the subset that never ends a sentence.</summary>
public static class Abbreviations
{
    /// <summary>Titles are always followed by a name, so a period after them never ends a sentence.</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        ["Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Adm", "Cmdr",
         "Gov", "Sen", "Rep", "Pres", "Rev", "Hon", "St", "Mt", "Ft", "Sr", "Jr", "No", "Nos", "vs", "Messrs"],
        StringComparer.Ordinal);

    /// <summary>Other abbreviations; these may also stand at the end of a sentence.</summary>
    public static readonly FrozenSet<string> Others = FrozenSet.ToFrozenSet(
        ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
         "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "approx", "est", "etc", "al", "cf",
         "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
         "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
         "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "a.m", "p.m", "e.g", "i.e"],
        StringComparer.Ordinal);

    public static bool IsKnown(ReadOnlySpan<char> word)
    {
        var lookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        var others = Others.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || others.Contains(word);
    }

    public static bool IsTitle(ReadOnlySpan<char> word) =>
        Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
