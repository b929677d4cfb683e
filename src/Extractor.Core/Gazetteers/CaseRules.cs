namespace Extractor.Core.Gazetteers;

/// <summary>
/// When text spelled like a name is that name. Folded keys ignore case, so "chad", "jordan" or "us"
/// would otherwise match: a list word that starts with a capital must be capitalised in the text, an
/// acronym ("ELN", "US") must be in capitals, a short mixed-case acronym ("LeT") spelled exactly, and a
/// one-word town or region name that is mostly an ordinary word or a surname ("Police", "Split",
/// "Campbell") never matches on its own.
/// </summary>
public static class CaseRules
{
    public static bool Accepts(GazetteerAlias alias, IReadOnlyList<string> textTokens, IReadOnlySet<string> commonWords)
    {
        var anyCapital = false;
        for (var i = 0; i < alias.Tokens.Length; i++)
        {
            var name = alias.Tokens[i];
            var text = textTokens[i];
            if (!TokenAccepts(name, text)) return false;
            anyCapital |= text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]));
        }

        if (!anyCapital) return false;
        if (alias.Tokens.Length == 1 && alias.Entry.IsPlace && alias.Entry.Kind != GazetteerKind.Country && !IsAcronym(alias.Tokens[0])
            && commonWords.Contains(NameFolding.Fold(alias.Tokens[0])))
        {
            return false;
        }

        return true;
    }

    public static bool IsAcronym(string token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }

        return letters >= 2;
    }

    private static bool TokenAccepts(string name, string text)
    {
        if (name.Length == 0 || !char.IsLetter(name[0])) return true;
        if (IsAcronym(name)) return IsAcronym(text) || !HasLetters(text);
        if (IsShortMixedCase(name)) return string.Equals(name, text, StringComparison.Ordinal);
        if (char.IsUpper(name[0])) return char.IsUpper(text[0]);
        return true;
    }

    /// <summary>"LeT", "MeK": a short acronym with a lower-case letter is an ordinary word ("Let") in any other spelling.</summary>
    private static bool IsShortMixedCase(string name) =>
        name.Length <= 4 && char.IsUpper(name[0]) && name.Skip(1).Any(char.IsUpper) && name.Any(char.IsLower);

    private static bool HasLetters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return true;
        }

        return false;
    }
}
