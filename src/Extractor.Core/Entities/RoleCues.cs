using Extractor.Core.Text;

namespace Extractor.Core.Entities;

/// <summary>
/// Words that mark a person as someone who leads ("President", "commander", "head of"), read
/// before a name ("ELN commander Antonio García"), in an apposition after it ("Petro, the president,")
/// or after a copula ("Petro was ... a wartime president").
/// Titles in front of a name are also stripped from tagger spans so "President Gustavo Petro" and
/// "Gustavo Petro" are one name.
/// </summary>
public static class RoleCues
{
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice-president", "president-elect", "premier", "chancellor", "minister", "secretary",
        "secretary-general", "commander", "commander-in-chief", "leader", "chief", "boss", "general", "gen.",
        "colonel", "col.", "admiral", "adm.", "governor", "gov.", "mayor", "king", "queen", "prince", "emir",
        "sheikh", "ayatollah", "senator", "sen.", "dictator", "strongman", "warlord", "kingpin", "capo",
        "ringleader", "founder", "chairman", "chairwoman", "director", "director-general", "taoiseach", "pope",
        "ruler", "monarch", "sultan", "marshal", "ceo", "head",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice", "prime", "minister", "premier", "chancellor", "gen.", "general", "mr.", "mrs.", "ms.",
        "dr.", "sen.", "senator", "rep.", "gov.", "governor", "mayor", "king", "queen", "prince", "sheikh",
        "ayatollah", "pope", "commander", "colonel", "col.", "lt.", "capt.", "captain", "sgt.", "secretary",
        "judge", "former", "ex-president", "field", "marshal", "emir", "sultan", "adm.", "admiral", "lord",
    };

    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "became", "becomes", "remains", "remained",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "its", "his", "her", "their" };

    /// <summary>Words after which a role word no longer describes the subject ("was meeting with the president").</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "with", "by", "for", "from", "at", "on", "in", "against", "about", "than", "like", "and", "or", "but", "who", "that",
    };

    /// <summary>The role word that marks the mention at tokens [start, end) as a leader, or null.</summary>
    public static string? Find(Document document, int startToken, int endToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentence = document.Sentences[document.SentenceAt(document.Tokens[startToken].Start)];
        for (var i = startToken - 1; i >= Math.Max(sentence.FirstToken, startToken - 3); i--)
        {
            var word = document.TokenText(i);
            if (!HasLetter(word)) break;
            if (IsRole(document, i, sentence)) return RoleText(document, i);
        }

        if (CopulaRole(document, endToken, sentence) is { } copulaRole) return copulaRole;
        if (endToken < sentence.EndToken && document.TokenText(endToken) == ",")
        {
            for (var i = endToken + 1; i < Math.Min(sentence.EndToken, endToken + 7); i++)
            {
                var word = document.TokenText(i);
                if (word is "," or "." or ";" or "(" or ")") break;
                if (IsRole(document, i, sentence)) return RoleText(document, i);
            }
        }

        return null;
    }

    /// <summary>
    /// How many leading tokens of the span are titles: "President", "Prime Minister", "Gen.", also
    /// after one nationality or country word ("Colombian President", "Colombia's President").
    /// </summary>
    public static int LeadingTitleTokens(Document document, int startToken, int endToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var i = startToken;
        if (!IsTitle(document, i) && i + 2 < endToken)
        {
            var possessive = Gazetteers.NameFolding.Fold(document.TokenSpan(i + 1)) == "'s";
            if (possessive && IsTitle(document, i + 2)) i += 2;
            else if (IsTitle(document, i + 1)) i++;
        }

        if (!IsTitle(document, i)) return 0;
        while (i < endToken - 1 && IsTitle(document, i)) i++;
        return i - startToken;
    }

    /// <summary>
    /// "Petro was not supposed to be a wartime president", "Ruiz is the country's defence minister":
    /// a copula right after the name, then (within a few lower-case words that are neither
    /// prepositions nor -ing verbs) an article, then a role word within four words of the article.
    /// </summary>
    private static string? CopulaRole(Document document, int endToken, Sentence sentence)
    {
        if (endToken >= sentence.EndToken || !Copulas.Contains(document.TokenText(endToken))) return null;
        var article = -1;
        for (var i = endToken + 1; i < Math.Min(sentence.EndToken, endToken + 7); i++)
        {
            var word = document.TokenText(i);
            if (Articles.Contains(word))
            {
                article = i;
                break;
            }

            if (!IsLowerWord(word) || word.EndsWith("ing", StringComparison.Ordinal) || Prepositions.Contains(word)) return null;
        }

        if (article < 0) return null;
        for (var i = article + 1; i < Math.Min(sentence.EndToken, article + 5); i++)
        {
            if (IsRole(document, i, sentence)) return RoleText(document, i);
            var word = document.TokenText(i);
            if (!(IsLowerWord(word) || word == "'s" || char.IsUpper(word[0])) || Prepositions.Contains(word)) return null;
        }

        return null;
    }

    private static bool IsLowerWord(string word) => word.Length > 0 && word.All(c => char.IsLower(c) || c == '-');

    private static bool IsTitle(Document document, int i) => Titles.Contains(document.TokenText(i));

    private static bool IsRole(Document document, int i, Sentence sentence)
    {
        var word = document.TokenText(i);
        if (!Roles.Contains(word)) return false;
        // "head" leads only in "head of"; elsewhere it is usually a body part.
        if (word.Equals("head", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1 < sentence.EndToken && document.TokenText(i + 1) == "of";
        }

        return true;
    }

    private static string RoleText(Document document, int i)
    {
        var word = document.TokenText(i);
        if (i > 0 && word.Equals("minister", StringComparison.OrdinalIgnoreCase)
            && document.TokenText(i - 1).Equals("prime", StringComparison.OrdinalIgnoreCase))
        {
            return document.Slice(document.Tokens[i - 1].Start, document.Tokens[i].End);
        }

        return word;
    }

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c)) return true;
        }

        return false;
    }
}
