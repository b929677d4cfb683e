using Extractor.Core.Entities;
using Extractor.Core.Pipeline;

namespace Extractor.Data.Registry;

/// <summary>
/// Rewrites an extraction so that entities the registry merged away become the entity they were
/// merged into: ids, event arguments and places follow, and two entities of one article that now share
/// an id become one, keeping every mention and name (as aliases) of both.
/// </summary>
public static class MergeRedirect
{
    public static Extraction Apply(Extraction extraction, IReadOnlyDictionary<string, MergeTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0)
        {
            return extraction;
        }

        string Map(string id) => targets.TryGetValue(id, out var target) ? target.Id : id;
        var entities = extraction.Entities
            .GroupBy(entity => Map(entity.Id), StringComparer.Ordinal)
            .Select(group => Combine(group.Key, group.ToList(), targets))
            .ToList();
        var events = extraction.Events.Select(@event => @event with
        {
            ActorIds = @event.ActorIds.Select(Map).Distinct(StringComparer.Ordinal).ToList(),
            TargetIds = @event.TargetIds.Select(Map).Distinct(StringComparer.Ordinal).ToList(),
            PlaceId = @event.PlaceId is null ? null : Map(@event.PlaceId),
        }).ToList();
        return extraction with { Entities = entities, Events = events };
    }

    private static Entity Combine(string id, List<Entity> group, IReadOnlyDictionary<string, MergeTarget> targets)
    {
        var first = group[0];
        var target = group.Select(entity => targets.GetValueOrDefault(entity.Id)).FirstOrDefault(found => found is not null);
        if (group.Count == 1 && target is null)
        {
            return first;
        }

        var name = target?.Name ?? first.Name;
        var type = target is not null && Enum.TryParse<EntityType>(target.Type, ignoreCase: true, out var registryType) ? registryType : first.Type;
        var aliases = group.SelectMany(entity => entity.Aliases.Prepend(entity.Name))
            .Where(alias => alias != name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var mentions = group.SelectMany(entity => entity.Mentions).OrderBy(mention => mention.Field).ThenBy(mention => mention.Start).ToList();
        return new Entity(id, name, type, aliases, mentions, group.Max(entity => entity.Confidence), group.Select(entity => entity.Place).FirstOrDefault(place => place is not null));
    }
}
