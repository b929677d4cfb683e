using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extractor.Data.Export;

/// <summary>An event fact's <c>values</c> object (see <see cref="FactValues.ForEvent"/>), read back for the PLOVER and ACLED projections.</summary>
public sealed class EventValues
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("mode")]
    public string? Mode { get; init; }

    [JsonPropertyName("trigger")]
    public string? Trigger { get; init; }

    [JsonPropertyName("actors")]
    public string[] Actors { get; init; } = [];

    [JsonPropertyName("targets")]
    public string[] Targets { get; init; } = [];

    [JsonPropertyName("place")]
    public string? Place { get; init; }

    [JsonPropertyName("date")]
    public string? Date { get; init; }

    [JsonPropertyName("killed")]
    public int? Killed { get; init; }

    [JsonPropertyName("injured")]
    public int? Injured { get; init; }

    [JsonPropertyName("displaced")]
    public int? Displaced { get; init; }

    [JsonPropertyName("arrested")]
    public int? Arrested { get; init; }

    /// <summary>day, month or year, from the length of the ISO partial date (yyyy-MM-dd, yyyy-MM, yyyy).</summary>
    public string? DatePrecision => Date?.Length switch
    {
        null => null,
        10 => "day",
        7 => "month",
        _ => "year",
    };

    public static EventValues Parse(string json) => JsonSerializer.Deserialize<EventValues>(json) ?? new EventValues();

    public IEnumerable<string> EntityIds() => Actors.Concat(Targets).Concat(Place is null ? [] : [Place]);
}
