using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extractor.Core.Events.Learning;

/// <summary>
/// Reads the event corpus format (one JSON object per line, see corpora/events/README.md) and the
/// PLOVER gold-standard file (a JSON list, PLOVER 0.5b1 type names mapped to 2.0 as its README says).
/// </summary>
public static partial class EventCorpusReader
{
    private static readonly Dictionary<string, PloverType> OldTypeNames = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = PloverType.Request,
        ["DISAPPROVE"] = PloverType.Accuse,
        ["FIGHT"] = PloverType.Assault,
        ["INVESTIGATE"] = PloverType.Accuse,
    };

    public static List<EventRecord> ReadJsonLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<EventRecord>();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var events = root.GetProperty("events").EnumerateArray().Select(ReadEvent).ToList();
            records.Add(new EventRecord(root.GetProperty("id").GetString()!, ParseDate(String(root, "published")), root.GetProperty("text").GetString()!, events));
        }

        return records;
    }

    /// <summary>The gold standard: sentences with one event each; DOCUMENT records are skipped; the mode is kept when given.</summary>
    public static List<EventRecord> ReadPloverGoldStandard(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        var records = new List<EventRecord>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var name = String(item, "event");
            if (name is null || String(item, "text") is not { } text) continue;
            var type = OldTypeNames.TryGetValue(name, out var mapped) ? mapped : Enum.TryParse<PloverType>(name, true, out var parsed) ? parsed : (PloverType?)null;
            if (type is null) continue;
            var mode = name == "INVESTIGATE" ? "investigate" : String(item, "mode");
            var markup = item.TryGetProperty("textInfo", out var info) && info.ValueKind == JsonValueKind.Object ? String(info, "markup") ?? text : text;
            var trigger = MarkupSpans(markup, "EVT").FirstOrDefault(span => text.Contains(span, StringComparison.Ordinal)) ?? string.Empty;
            var actors = MarkupSpans(markup, "SRC").Where(span => text.Contains(span, StringComparison.Ordinal)).ToList();
            var targets = MarkupSpans(markup, "TAR").Where(span => text.Contains(span, StringComparison.Ordinal)).ToList();
            if (trigger.Length == 0) continue;
            var gold = new GoldEvent(type.Value, mode, trigger, actors, targets, null, null, null);
            records.Add(new EventRecord(String(item, "id") ?? $"gsr-{records.Count}", ParseDate(String(item, "date")), text, [gold]));
        }

        return records;
    }

    private static GoldEvent ReadEvent(JsonElement element) => new(
        Enum.Parse<PloverType>(element.GetProperty("type").GetString()!, ignoreCase: true),
        String(element, "mode"),
        String(element, "trigger") ?? string.Empty,
        Strings(element, "actors"),
        Strings(element, "targets"),
        String(element, "place"),
        String(element, "date"),
        Enum.TryParse<EventStatus>(String(element, "status"), true, out var status) ? status : EventStatus.Occurred);

    /// <summary>"(SRC/TAR: X)" names X in both roles.</summary>
    private static IEnumerable<string> MarkupSpans(string markup, string role) =>
        MarkupPattern().Matches(markup).Where(match => match.Groups["roles"].Value.Split('/').Contains(role)).Select(match => match.Groups["span"].Value.Trim());

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)]
            : [];

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [GeneratedRegex(@"\((?<roles>[A-Z/]+): (?<span>[^()]*)\)")]
    private static partial Regex MarkupPattern();
}
