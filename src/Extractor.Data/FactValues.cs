using System.Text.Json;
using Extractor.Core.Entities;
using Extractor.Core.Events;

namespace Extractor.Data;

/// <summary>
/// The reviewable values of a fact as JSON. The property order is fixed so that the same extraction
/// always gives the same text, which is how re-processing recognises an unchanged fact.
/// </summary>
public static class FactValues
{
    public static string ForEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return JsonSerializer.Serialize(new
        {
            name = entity.Name,
            type = entity.Type.ToCode(),
            aliases = entity.Aliases.Order(StringComparer.Ordinal).ToArray(),
            country = entity.Place?.Country,
            admin1 = entity.Place?.Admin1,
            lat = entity.Place?.Latitude,
            lon = entity.Place?.Longitude,
        });
    }

    public static string ForEvent(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var quantities = @event.Quantities;
        return JsonSerializer.Serialize(new
        {
            type = @event.Type.ToCode(),
            mode = @event.Mode,
            trigger = @event.Trigger,
            actors = @event.ActorIds,
            targets = @event.TargetIds,
            place = @event.PlaceId,
            date = @event.Date?.ToString(),
            status = @event.Status.ToString().ToLowerInvariant(),
            killed = quantities.Killed,
            injured = quantities.Injured,
            displaced = quantities.Displaced,
            kidnapped = quantities.Kidnapped,
            arrested = quantities.Arrested,
            usd = quantities.Usd,
        });
    }
}
