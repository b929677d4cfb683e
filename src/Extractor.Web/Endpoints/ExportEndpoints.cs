using System.Globalization;
using Extractor.Data.Export;
using Extractor.Data.Model;

namespace Extractor.Web.Endpoints;

/// <summary>
/// <c>GET /api/exports/{kind}?format=…&amp;since=…&amp;from=…&amp;to=…&amp;type=…&amp;source=…&amp;entity=…&amp;statuses=all</c>:
/// the exporter behind <c>extractor export</c>, streamed into the response. Any signed-in user may export
/// approved facts; <c>statuses=all</c> (pending and rejected too) is for those who may decide. The next
/// cursor is the largest <c>change_seq</c> in the rows (the request's <c>since</c> when there are none).
/// </summary>
public static class ExportEndpoints
{
    private static readonly Dictionary<string, string?> KindsByPath = new(StringComparer.Ordinal)
    {
        ["facts"] = null,
        ["events"] = FactKind.Event,
        ["entities"] = FactKind.Entity,
        ["mentions"] = ExportKinds.Mention,
    };

    public static void MapExportEndpoints(this IEndpointRouteBuilder app) => app.MapGet("/api/exports/{kind}", ExportAsync);

    private static async Task ExportAsync(string kind, HttpContext context, IExtractorStore store)
    {
        var request = context.Request.Query;
        var format = request["format"].ToString();
        var exporter = FactExporters.Create(string.IsNullOrEmpty(format) ? "jsonl" : format, store);
        if (!KindsByPath.TryGetValue(kind, out var exportKind))
        {
            await BadRequestAsync(context, $"Unknown export '{kind}': use one of {string.Join(", ", KindsByPath.Keys)}.");
            return;
        }

        if (exporter is null)
        {
            await BadRequestAsync(context, $"Unknown format '{format}': use one of {string.Join(", ", FactExporters.Formats)}.");
            return;
        }

        var statuses = request["statuses"].ToString();
        if (statuses is not ("" or "approved" or "all"))
        {
            await BadRequestAsync(context, $"Unknown statuses '{statuses}': use approved (the default) or all.");
            return;
        }

        if (!TryParseCursor(request["since"].ToString(), out var since) || !TryParseDate(request["from"].ToString(), out var from) || !TryParseDate(request["to"].ToString(), out var to))
        {
            await BadRequestAsync(context, "since must be a whole number (a cursor from a previous export); from and to must be dates as yyyy-MM-dd.");
            return;
        }

        var query = new ExportQuery
        {
            Kind = exportKind,
            SinceCursor = since,
            AllStatuses = statuses == "all",
            From = from,
            To = to,
            EventType = EmptyAsNull(request["type"].ToString()),
            Source = EmptyAsNull(request["source"].ToString()),
            Entity = EmptyAsNull(request["entity"].ToString()),
        };
        if (exporter.Validate(query) is { } problem)
        {
            await BadRequestAsync(context, problem);
            return;
        }

        if (query.AllStatuses && !AppRoles.Deciders.Any(context.User.IsInRole))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new { error = "Only reviewers and admins may export pending and rejected facts." });
            return;
        }

        context.Response.ContentType = exporter.ContentType;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{kind}-since-{since.ToString(CultureInfo.InvariantCulture)}.{exporter.FileExtension}\"";
        context.Response.Headers["X-Export-Schema-Version"] = ExportColumns.SchemaVersion.ToString(CultureInfo.InvariantCulture);
        await exporter.WriteAsync(context.Response.Body, query, context.RequestAborted);
    }

    private static Task BadRequestAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return context.Response.WriteAsJsonAsync(new { error = message });
    }

    private static bool TryParseCursor(string text, out long cursor)
    {
        cursor = 0;
        return text.Length == 0 || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out cursor));
    }

    private static bool TryParseDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        date = parsed;
        return true;
    }

    private static string? EmptyAsNull(string text) => text.Length == 0 ? null : text;
}
