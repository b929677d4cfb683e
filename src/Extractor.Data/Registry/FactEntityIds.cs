using System.Text.Json.Nodes;

namespace Extractor.Data.Registry;

/// <summary>Replaces one entity id by another in an event fact's JSON (actors, targets, place), keeping property order.</summary>
public static class FactEntityIds
{
    public static string Replace(string json, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(json);
        var values = JsonNode.Parse(json)!.AsObject();
        foreach (var role in new[] { "actors", "targets" })
        {
            if (values[role] is JsonArray ids)
            {
                var replaced = ids.Select(node => node?.GetValue<string>()).Select(id => id == from ? to : id).Distinct(StringComparer.Ordinal).ToList();
                values[role] = new JsonArray(replaced.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray());
            }
        }

        if (values["place"] is JsonValue place && place.GetValue<string>() == from)
        {
            values["place"] = to;
        }

        return values.ToJsonString();
    }
}
