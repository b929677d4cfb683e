using Extractor.Core.Entities;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Core.Gazetteers;

/// <summary>
/// Proposes a mention for every gazetteer match, naming the most likely entry; the linker may pick
/// another candidate for an ambiguous place once it knows the article's other places. A government
/// phrase ("Colombia's government") also yields the country it names as a place.
/// </summary>
public sealed class GazetteerMentionFinder : IMentionFinder
{
    private readonly Gazetteer gazetteer;

    public GazetteerMentionFinder(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
    }

    public IReadOnlyList<Mention> FindMentions(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<Mention>();
        foreach (var match in gazetteer.FindMatches(document))
        {
            var entry = Preferred(match.Candidates);
            mentions.Add(ToMention(document, match.StartToken, match.EndToken, entry, match.Candidates));
            if (entry.Kind == GazetteerKind.Government) mentions.AddRange(CountryInside(document, match, entry));
            if (entry.Kind == GazetteerKind.Leader && LeadersGovernment(document, match, entry) is { } government) mentions.Add(government);
        }

        return mentions;
    }

    /// <summary>People and organisations before places; among places the larger kind, then the more populous.</summary>
    public static GazetteerEntry Preferred(IReadOnlyList<GazetteerAlias> candidates) =>
        candidates.Select(alias => alias.Entry)
            .OrderBy(entry => Rank(entry.Kind))
            .ThenByDescending(entry => entry.Population)
            .First();

    private static int Rank(GazetteerKind kind) => kind switch
    {
        GazetteerKind.Leader => 0,
        GazetteerKind.Group => 1,
        GazetteerKind.Government => 2,
        GazetteerKind.Country => 3,
        GazetteerKind.Landmark => 4,
        GazetteerKind.Region => 5,
        _ => 6,
    };

    private static Mention ToMention(Document document, int startToken, int endToken, GazetteerEntry entry, IReadOnlyList<GazetteerAlias> candidates)
    {
        var start = document.Tokens[startToken].Start;
        var end = document.Tokens[endToken - 1].End;
        var confidence = endToken - startToken > 1 ? 0.95 : CaseRules.IsAcronym(document.TokenText(startToken)) ? 0.85 : 0.8;
        if (candidates.Select(alias => alias.Entry.Id).Distinct().Skip(1).Any()) confidence *= 0.9;
        var cue = entry.Kind == GazetteerKind.Leader ? entry.Role : null;
        return new Mention(start, end, document.Slice(start, end), entry.Type, MentionSource.Gazetteer, confidence, cue, entry.Id);
    }

    /// <summary>"Petro's government": the government of the country a sitting leader leads.</summary>
    private Mention? LeadersGovernment(Document document, GazetteerMatch match, GazetteerEntry leader)
    {
        if (leader.Country is not { Length: 2 } code || leader.Role is null || leader.Role.StartsWith("Former", StringComparison.Ordinal)) return null;
        var end = match.EndToken;
        if (end + 1 >= document.Tokens.Count || NameFolding.Fold(document.TokenSpan(end)) != "'s") return null;
        if (document.TokenText(end + 1) is not ("government" or "administration")) return null;
        if (gazetteer.Find($"gov:{code}") is not { } government) return null;
        return ToMention(document, match.StartToken, end + 2, government, [new GazetteerAlias(government, [government.Name])]);
    }

    private IEnumerable<Mention> CountryInside(Document document, GazetteerMatch match, GazetteerEntry government)
    {
        var countryId = $"iso:{government.Country}";
        for (var i = match.StartToken; i < match.EndToken; i++)
        {
            for (var end = match.EndToken - 1; end > i; end--)
            {
                var text = document.Slice(document.Tokens[i].Start, document.Tokens[end - 1].End);
                var country = gazetteer.Lookup(text).FirstOrDefault(entry => entry.Id == countryId);
                if (country is null) continue;
                yield return ToMention(document, i, end, country, [new GazetteerAlias(country, [text])]);
                yield break;
            }
        }
    }
}
