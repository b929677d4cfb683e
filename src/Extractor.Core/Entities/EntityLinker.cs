using Extractor.Core.Gazetteers;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Core.Entities;

/// <summary>
/// Turns the mentions of every finder into the article's entities. Gazetteer matches give identity
/// (ambiguous places are settled by the article's countries); tagger names are joined to them or to
/// each other by full name ↔ surname, acronym ↔ expansion and shared aliases. A person is a leader
/// when the gazetteer lists them or a role word stands next to any of their mentions. "The cartel"
/// and the like join the one entity of their kind, when there is exactly one.
/// </summary>
public sealed class EntityLinker : IEntityLinker
{
    private const long SmallTownPopulation = 100_000;

    private readonly Gazetteer gazetteer;
    private readonly OrdinaryWords ordinaryWords;

    public EntityLinker(Gazetteer gazetteer)
        : this(gazetteer, OrdinaryWords.None)
    {
    }

    public EntityLinker(Gazetteer gazetteer, OrdinaryWords ordinaryWords)
    {
        this.gazetteer = gazetteer;
        this.ordinaryWords = ordinaryWords;
    }

    public IReadOnlyList<Entity> Link(Document document, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var resolved = MentionOverlapResolver.Resolve(mentions
            .Where(mention => mention.Source != MentionSource.Nominal)
            .SelectMany(mention => mention.Source == MentionSource.Gazetteer ? [mention] : NameShapes.Parts(mention).Where(part => IsPlausibleName(document, part)))
            .Select(mention => WithoutTitle(document, mention)));
        var countries = ArticleCountries(resolved);
        var clusters = new List<EntityCluster>();
        var byId = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        var unknown = new List<Mention>();
        foreach (var mention in resolved)
        {
            var entry = Identify(mention, countries);
            if (entry is null)
            {
                if (mention.Source != MentionSource.Gazetteer) unknown.Add(mention);
                continue;
            }

            if (!byId.TryGetValue(entry.Id, out var cluster))
            {
                cluster = new EntityCluster(entry.Type, entry);
                byId.Add(entry.Id, cluster);
                clusters.Add(cluster);
            }

            cluster.Mentions.Add(mention);
        }

        // Longer names first, so a later surname or acronym finds the full name it stands for.
        foreach (var mention in unknown.OrderByDescending(mention => mention.Text.Count(c => c == ' ')).ThenBy(mention => mention.Start))
        {
            var cluster = FindCluster(document, clusters, mention);
            if (cluster is null)
            {
                cluster = new EntityCluster(mention.Type, null);
                clusters.Add(cluster);
            }

            cluster.Mentions.Add(mention);
        }

        NominalMentions.Attach(document, clusters);
        AddNominals(document, clusters, mentions.Where(mention => mention.Source == MentionSource.Nominal));
        return BuildWithUniqueIds(document, clusters);
    }

    /// <summary>
    /// Names that fold apart can still spell one id ("Harakat Al-Nur", "Harakat Al Nur"); an id is one
    /// entity to the events and the store, so such clusters become one (and only then are built again).
    /// </summary>
    private static List<Entity> BuildWithUniqueIds(Document document, List<EntityCluster> clusters)
    {
        var byId = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        var kept = new List<EntityCluster>(clusters.Count);
        var entities = new List<Entity>(clusters.Count);
        foreach (var cluster in clusters.OrderBy(cluster => cluster.FirstOffset))
        {
            var entity = Build(document, cluster);
            if (byId.TryGetValue(entity.Id, out var first))
            {
                first.Mentions.AddRange(cluster.Mentions);
                continue;
            }

            byId.Add(entity.Id, cluster);
            kept.Add(cluster);
            entities.Add(entity);
        }

        return kept.Count == clusters.Count ? entities : [.. kept.Select(cluster => Build(document, cluster))];
    }

    /// <summary>
    /// Nominal phrases that overlap no other mention, grouped by spelling (case ignored). One naming people right
    /// after a group's name ("ELN rebels", "Boko Haram fighters") is that group; a site ("the ELN camp") is not;
    /// a demonym standing for its state ("Russian shelling") is the state's government.
    /// </summary>
    private void AddNominals(Document document, List<EntityCluster> clusters, IEnumerable<Mention> nominals)
    {
        var taken = clusters.SelectMany(cluster => cluster.Mentions).ToList();
        var bySpelling = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        foreach (var mention in nominals.OrderBy(mention => mention.Start))
        {
            if (taken.Any(other => other.Start < mention.End && mention.Start < other.End)) continue;
            if (mention.Cue == NominalMentionFinder.StateCue)
            {
                AddState(clusters, mention);
                taken.Add(mention);
                continue;
            }

            var named = mention.Type == EntityType.Place ? null : clusters.FirstOrDefault(cluster => cluster.Type == EntityType.Group && !cluster.IsNominal
                && cluster.Mentions.Any(other => other.End <= mention.Start && string.IsNullOrWhiteSpace(document.Slice(other.End, mention.Start))));
            if (named is not null)
            {
                named.Mentions.Add(mention with { Type = named.Type, Source = MentionSource.Alias });
                taken.Add(mention);
                continue;
            }

            var spelling = NameFolding.Fold(mention.Text);
            if (!bySpelling.TryGetValue(spelling, out var cluster))
            {
                cluster = new EntityCluster(mention.Type, null);
                bySpelling.Add(spelling, cluster);
                clusters.Add(cluster);
            }

            cluster.Mentions.Add(mention);
            taken.Add(mention);
        }
    }

    /// <summary>"Russian shelling": the demonym is the government the country table knows for it, or nothing.</summary>
    private void AddState(List<EntityCluster> clusters, Mention mention)
    {
        if (gazetteer.Lookup(mention.Text + " government").FirstOrDefault(entry => entry.Kind == GazetteerKind.Government) is not { } government) return;
        var cluster = clusters.FirstOrDefault(cluster => cluster.Entry?.Id == government.Id);
        if (cluster is null)
        {
            cluster = new EntityCluster(government.Type, government);
            clusters.Add(cluster);
        }

        cluster.Mentions.Add(mention with { Source = MentionSource.Alias });
    }

    private bool IsPlausibleName(Document document, Mention mention) =>
        NameShapes.IsPlausible(mention.Text) && !ordinaryWords.OpensSentence(document, mention);

    private static Mention WithoutTitle(Document document, Mention mention)
    {
        if (mention.Type is not (EntityType.Person or EntityType.Leader) || mention.Source == MentionSource.Gazetteer) return mention;
        var (start, end) = TokenRange(document, mention);
        if (start < 0) return mention;
        var titles = RoleCues.LeadingTitleTokens(document, start, end);
        if (titles == 0) return mention;
        var from = document.Tokens[start + titles].Start;
        return mention with { Start = from, Text = document.Slice(from, mention.End) };
    }

    private GazetteerEntry? Identify(Mention mention, IReadOnlySet<string> countries)
    {
        if (mention.GazetteerId is not null && gazetteer.Find(mention.GazetteerId) is { } known)
        {
            if (!known.IsPlace) return known;
            var places = gazetteer.Lookup(mention.Text).Where(entry => entry.IsPlace).ToList();
            var place = places.Count > 1 ? PlaceResolver.Resolve(places, countries) : known;
            return IsDoubtful(place, mention, countries) ? null : place;
        }

        if (mention.Text.Length == 0 || !char.IsUpper(mention.Text[0])) return null;
        var candidates = Candidates(mention);
        if (candidates.Count == 0) return null;
        if (candidates.All(entry => entry.IsPlace)) return PlaceResolver.Resolve(candidates, countries);
        return candidates.OrderBy(entry => entry.Kind).First();
    }

    /// <summary>
    /// The known entries a mention's text names; a sentence-initial article the tagger took into the span
    /// ("The Colombian government") is tried without, while names that keep it ("The Hague") match whole first.
    /// </summary>
    private List<GazetteerEntry> Candidates(Mention mention)
    {
        var candidates = gazetteer.Lookup(mention.Text).Where(entry => Compatible(entry.Type, mention.Type)).ToList();
        if (candidates.Count > 0 || !mention.Text.StartsWith("The ", StringComparison.Ordinal)) return candidates;
        return [.. gazetteer.Lookup(mention.Text["The ".Length..]).Where(entry => Compatible(entry.Type, mention.Type))];
    }

    /// <summary>
    /// A one-word small town in a country the article never names is more often a surname
    /// ("Obama", "Campbell") or a word than the town, so the gazetteer's word alone is not enough.
    /// </summary>
    private static bool IsDoubtful(GazetteerEntry place, Mention mention, IReadOnlySet<string> countries) =>
        place.Kind == GazetteerKind.City && place.Population < SmallTownPopulation
        && !mention.Text.Contains(' ', StringComparison.Ordinal) && !countries.Contains(place.Country ?? string.Empty);

    /// <summary>
    /// The countries the article is about: those of its people, groups and unambiguous places first,
    /// then those of ambiguous names that still tell a country given the first ones: a country name
    /// ("Colombia" is also a small town) or a place far bigger than its namesakes elsewhere ("Sacramento").
    /// </summary>
    private HashSet<string> ArticleCountries(IReadOnlyList<Mention> mentions)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var ambiguous = new List<List<GazetteerEntry>>();
        foreach (var mention in mentions)
        {
            if (mention.GazetteerId is null || gazetteer.Find(mention.GazetteerId) is not { } entry) continue;
            if (entry.Country is not { Length: 2 } code) continue;
            if (!entry.IsPlace)
            {
                countries.Add(code);
                continue;
            }

            var places = gazetteer.Lookup(mention.Text).Where(place => place.IsPlace).ToList();
            if (places.Select(place => place.Country).Distinct().Count() > 1) ambiguous.Add(places);
            else if (entry.Population is 0 or >= SmallTownPopulation) countries.Add(code);
        }

        var sure = countries.ToHashSet(StringComparer.Ordinal);
        foreach (var places in ambiguous)
        {
            if (PlaceResolver.ContextCountry(places, sure) is { } code) countries.Add(code);
        }

        return countries;
    }

    private static EntityCluster? FindCluster(Document document, List<EntityCluster> clusters, Mention mention)
    {
        var folded = NameFolding.Fold(mention.Text);
        var compatible = clusters.Where(cluster => Compatible(cluster.Type, mention.Type)).ToList();
        var same = compatible.FirstOrDefault(cluster => cluster.Names.Any(name => NameFolding.Fold(name) == folded));
        if (same is not null) return same;

        if (mention.Type is EntityType.Person or EntityType.Leader && !mention.Text.Contains(' ', StringComparison.Ordinal))
        {
            var bySurname = compatible.Where(cluster => cluster.Names.Any(name => IsSurnameOf(folded, name))).ToList();
            if (bySurname.Count == 1) return bySurname[0];
        }

        if (Acronyms.IsAcronym(mention.Text))
        {
            var expanded = compatible.FirstOrDefault(cluster => cluster.Mentions.Any(other => IsParenthesised(document, other, mention)))
                ?? compatible.FirstOrDefault(cluster => cluster.Names.Any(name => Acronyms.Abbreviates(mention.Text, name)));
            if (expanded is not null) return expanded;
        }

        return compatible.FirstOrDefault(cluster => cluster.Mentions.Any(other =>
            Acronyms.Abbreviates(other.Text, mention.Text) || IsParenthesised(document, mention, other)));
    }

    private static bool IsSurnameOf(string foldedToken, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && NameFolding.Fold(words[^1]) == foldedToken;
    }

    /// <summary>"National Liberation Army (ELN)": the acronym in brackets right after the name.</summary>
    private static bool IsParenthesised(Document document, Mention name, Mention acronym)
    {
        if (acronym.Start <= name.End) return false;
        var between = document.Text.AsSpan(name.End, acronym.Start - name.End).Trim();
        return between is "(" or "[";
    }

    private static bool Compatible(EntityType a, EntityType b) =>
        a == b || (a is EntityType.Person or EntityType.Leader && b is EntityType.Person or EntityType.Leader);

    private static Entity Build(Document document, EntityCluster cluster)
    {
        var entry = cluster.Entry;
        var nominal = cluster.IsNominal;
        var type = entry?.Type ?? (cluster.Mentions.Any(mention => mention.Type == EntityType.Leader) ? EntityType.Leader : cluster.Type);
        var mentions = new List<Mention>(cluster.Mentions.Count);
        foreach (var mention in cluster.Mentions.OrderBy(mention => mention.Start))
        {
            var cue = mention.Cue;
            if (!nominal && type is EntityType.Person or EntityType.Leader)
            {
                var (start, end) = TokenRange(document, mention);
                var found = start >= 0 ? RoleCues.Find(document, start, end) : null;
                if (found is not null)
                {
                    cue = found;
                    type = EntityType.Leader;
                }
            }

            mentions.Add(mention with { Cue = cue });
        }

        var name = cluster.Name;
        var aliasSource = entry is null || entry.IsPlace || entry.Kind == GazetteerKind.Government ? cluster.MentionNames : cluster.Names;
        var aliases = aliasSource
            .Where(alias => !string.Equals(alias, name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var confidence = 1 - mentions.Aggregate(1.0, (missed, mention) => missed * (1 - mention.Confidence));
        return new Entity(
            entry?.Id ?? (nominal ? EntityIds.ForNominal(type, name, document.Text) : EntityIds.For(type, name)),
            name,
            type,
            aliases,
            [.. mentions.Select(mention => mention with { Type = type })],
            Math.Round(Math.Min(confidence, 0.99), 3),
            entry is { IsPlace: true } ? PlaceResolver.Describe(entry) : null);
    }

    /// <summary>The tokens [start, end) a mention covers, or (-1, -1) when its edges fall inside tokens.</summary>
    private static (int Start, int End) TokenRange(Document document, Mention mention)
    {
        var start = FirstTokenAtOrAfter(document, mention.Start);
        var end = FirstTokenAtOrAfter(document, mention.End);
        if (start >= document.Tokens.Count || document.Tokens[start].Start != mention.Start || end <= start) return (-1, -1);
        return (start, end);
    }

    private static int FirstTokenAtOrAfter(Document document, int offset)
    {
        int low = 0, high = document.Tokens.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (document.Tokens[mid].Start < offset) low = mid + 1;
            else high = mid;
        }

        return low;
    }
}
