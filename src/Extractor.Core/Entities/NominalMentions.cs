using Extractor.Core.Gazetteers;
using Extractor.Core.Text;

namespace Extractor.Core.Entities;

/// <summary>
/// Links "the cartel", "the rebels", "the president", "the government" to the one entity of that kind
/// the article names, and leaves them alone when there are none or several.
/// </summary>
internal static class NominalMentions
{
    private const double Confidence = 0.6;

    private static readonly Dictionary<string, Func<EntityCluster, bool>> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cartel"] = cluster => HasRole(cluster, "cartel"),
        ["gang"] = cluster => HasRole(cluster, "gang"),
        ["guerrillas"] = cluster => HasRole(cluster, "guerrilla"),
        ["rebels"] = cluster => HasRole(cluster, "guerrilla") || HasRole(cluster, "armed group"),
        ["militia"] = cluster => HasRole(cluster, "militia") || HasRole(cluster, "paramilitary"),
        ["group"] = IsArmedGroup,
        ["government"] = cluster => cluster.Entry?.Kind == GazetteerKind.Government,
        ["president"] = IsPresident,
    };

    public static void Attach(Document document, IReadOnlyList<EntityCluster> clusters)
    {
        var taken = clusters.SelectMany(cluster => cluster.Mentions).ToList();
        for (var i = 0; i + 1 < document.Tokens.Count; i++)
        {
            if (!document.TokenSpan(i).Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            if (!Nouns.TryGetValue(document.TokenText(i + 1), out var fits)) continue;
            var start = document.Tokens[i].Start;
            var end = document.Tokens[i + 1].End;
            if (taken.Any(mention => mention.Start < end && start < mention.End)) continue;
            var candidates = clusters.Where(fits).Take(2).ToList();
            if (candidates.Count != 1) continue;
            var cluster = candidates[0];
            cluster.Mentions.Add(new Mention(start, end, document.Slice(start, end), cluster.Type, MentionSource.Alias, Confidence, document.TokenText(i + 1)));
        }
    }

    private static bool HasRole(EntityCluster cluster, string role) =>
        cluster.Entry is { Kind: GazetteerKind.Group, Role: { } kind } && kind.Contains(role, StringComparison.OrdinalIgnoreCase);

    private static bool IsArmedGroup(EntityCluster cluster) =>
        HasRole(cluster, "guerrilla") || HasRole(cluster, "armed group") || HasRole(cluster, "cartel") || HasRole(cluster, "gang")
        || HasRole(cluster, "militia") || HasRole(cluster, "paramilitary");

    private static bool IsPresident(EntityCluster cluster)
    {
        var role = cluster.Entry?.Role ?? cluster.Mentions.Select(mention => mention.Cue).FirstOrDefault(cue => cue is not null);
        return cluster.Type is EntityType.Leader or EntityType.Person && role is not null
            && role.Equals("President", StringComparison.OrdinalIgnoreCase);
    }
}
