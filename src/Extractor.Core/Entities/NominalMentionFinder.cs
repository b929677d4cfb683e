using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Core.Entities;

/// <summary>
/// Proposes the phrases that name people by what they are rather than by name ("Gunmen", "Nigerian troops",
/// "a police convoy", "armed men"), and sites by what they are ("a hospital", "his residence"), so they can be
/// event arguments. A phrase is a head noun of the <see cref="GroupNounLexicon"/> (the last of adjacent ones:
/// "police convoy"; none before a plural noun: "fighter jets") with up to
/// <see cref="MaxModifiers"/> words before it that are lexicon words or demonyms ("Nigerian", "Israeli"), or a
/// capitalised plural demonym ("Palestinians", "Iraqis"). A demonym before a means of the state ("Russian
/// shelling", "Israeli air strikes") is a mention of that state, cued <see cref="StateCue"/>, which the linker
/// resolves to the country's government.
/// The mentions are <see cref="MentionSource.Nominal"/>: the linker keeps them only where no name is
/// found, and never gives them an identity shared with other articles.
/// </summary>
public sealed class NominalMentionFinder(GroupNounLexicon lexicon) : IMentionFinder
{
    /// <summary>The cue of a demonym that stands for its state ("Russian" in "Russian shelling").</summary>
    public const string StateCue = "state";

    private const int MaxModifiers = 3;
    private const double Confidence = 0.5;

    private static readonly string[] DemonymEndings = ["an", "ese", "i", "ish", "ch"];

    private static readonly string[] PluralDemonymEndings = ["ians", "ans", "is"];

    public IReadOnlyList<Mention> FindMentions(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<Mention>();
        foreach (var sentence in document.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (t + 1 < sentence.EndToken && IsDemonym(document, t) && lexicon.IsMeans(Lower(document, t + 1)))
                {
                    var token = document.Tokens[t];
                    mentions.Add(new Mention(token.Start, token.End, document.TokenText(t), EntityType.Group, MentionSource.Nominal, Confidence, StateCue));
                    continue;
                }

                if ((lexicon.HeadType(Lower(document, t)) ?? PluralDemonym(document, t)) is not { } type) continue;
                if (t + 1 < sentence.EndToken && (lexicon.HeadType(Lower(document, t + 1)) is not null || IsPluralNoun(document.TokenText(t + 1)))) continue;
                var first = t;
                while (first > sentence.FirstToken && t - first < MaxModifiers && IsModifier(document, first - 1)) first--;
                var start = document.Tokens[first].Start;
                var end = document.Tokens[t].End;
                mentions.Add(new Mention(start, end, document.Slice(start, end), type, MentionSource.Nominal, Confidence, Lower(document, t)));
            }
        }

        return mentions;
    }

    /// <summary>"Palestinians", "Iraqis": a capitalised plural demonym names a group of people.</summary>
    private static EntityType? PluralDemonym(Document document, int token)
    {
        var text = document.TokenText(token);
        return text.Length > 5 && char.IsUpper(text[0]) && text.Skip(1).All(char.IsLower) && PluralDemonymEndings.Any(ending => text.EndsWith(ending, StringComparison.Ordinal))
            ? EntityType.Group : null;
    }

    private bool IsModifier(Document document, int token)
    {
        var text = document.TokenText(token);
        var lower = text.ToLowerInvariant();
        return lexicon.IsModifier(lower) || lexicon.HeadType(lower) is not null || IsDemonym(document, token);
    }

    private static bool IsDemonym(Document document, int token)
    {
        var text = document.TokenText(token);
        return text.Length > 3 && char.IsUpper(text[0]) && text.Skip(1).All(char.IsLower) && DemonymEndings.Any(ending => text.EndsWith(ending, StringComparison.Ordinal));
    }

    /// <summary>"fighter jets", "militant attacks": a head before a plural noun modifies it.</summary>
    private static bool IsPluralNoun(string word) =>
        word.Length > 3 && word.All(char.IsLower) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    private static string Lower(Document document, int token) => document.TokenText(token).ToLowerInvariant();
}
