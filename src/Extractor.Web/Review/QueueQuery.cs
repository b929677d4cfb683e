using System.Globalization;
using Extractor.Data.Model;
using Extractor.Data.Review;

namespace Extractor.Web.Review;

/// <summary>
/// The queue filter as it travels in a query string or form (status, stage, kind, source, entity, from, to, min,
/// max), so the queue, the bulk preview and the bulk decision read and write the same fields.
/// </summary>
public static class QueueQuery
{
    public static IReadOnlyList<string> Fields { get; } = ["status", "stage", "kind", "source", "entity", "from", "to", "min", "max"];

    /// <summary>The filter for <paramref name="viewer"/>; unparsable numbers and dates are ignored.</summary>
    public static ReviewQueueFilter Read(Func<string, string?> field, string? viewer, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(field);
        var status = NullIfEmpty(field("status"));
        return new ReviewQueueFilter(
            Status: status ?? FactStatus.Pending,
            Kind: NullIfEmpty(field("kind")),
            SourceId: long.TryParse(field("source"), NumberStyles.None, CultureInfo.InvariantCulture, out var source) ? source : null,
            MinConfidence: Number(field("min")),
            MaxConfidence: Number(field("max")),
            Limit: limit,
            Stage: NullIfEmpty(field("stage")),
            EntityId: NullIfEmpty(field("entity")),
            From: Day(field("from")),
            To: Day(field("to"))?.AddDays(1),
            Viewer: viewer);
    }

    public static ReviewQueueFilter FromQuery(HttpRequest request, string? viewer, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Read(name => request.Query[name].FirstOrDefault(), viewer, limit);
    }

    /// <summary>The filter's fields as text, the inverse of <see cref="Read"/> (the "to" day is inclusive).</summary>
    public static IReadOnlyList<(string Name, string Value)> Values(ReviewQueueFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var values = new List<(string, string?)>
        {
            ("status", filter.Status),
            ("stage", filter.Stage),
            ("kind", filter.Kind),
            ("source", filter.SourceId?.ToString(CultureInfo.InvariantCulture)),
            ("entity", filter.EntityId),
            ("from", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("to", filter.To?.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("min", filter.MinConfidence?.ToString(CultureInfo.InvariantCulture)),
            ("max", filter.MaxConfidence?.ToString(CultureInfo.InvariantCulture)),
        };
        return values.Select(v => (v.Item1, v.Item2 ?? string.Empty)).ToList();
    }

    public static string ToQueryString(ReviewQueueFilter filter) =>
        string.Join("&", Values(filter).Where(v => v.Value.Length > 0).Select(v => v.Name + "=" + Uri.EscapeDataString(v.Value)));

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateTimeOffset? Day(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day)
            ? new DateTimeOffset(day, TimeSpan.Zero)
            : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
