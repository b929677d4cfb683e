using Dapper;

namespace Extractor.Data.Review;

/// <summary>The dashboard's aggregate queries: facts by status, decisions per day, crawl health, events per month, places.</summary>
public sealed class DashboardReadStore(Database database)
{
    /// <summary>Facts per (status, review stage).</summary>
    public async Task<IReadOnlyList<DashboardCount>> CountFactsByStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DashboardCount>(
            "SELECT status || ' / ' || review_stage AS label, COUNT(*) AS value FROM facts GROUP BY status, review_stage ORDER BY status, review_stage")
            .ConfigureAwait(false);
        return rows.AsList();
    }

    /// <summary>Decisions per UTC day over the last <paramref name="days"/> days, oldest first.</summary>
    public async Task<IReadOnlyList<DashboardCount>> CountDecisionsPerDayAsync(int days, CancellationToken cancellationToken = default)
    {
        var day = database.Provider == DatabaseProvider.PostgreSql
            ? "TO_CHAR(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
            : "SUBSTR(decided_at, 1, 10)";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DashboardCount>(
            $"SELECT {day} AS label, COUNT(*) AS value FROM review_decisions WHERE decided_at >= @since GROUP BY {day} ORDER BY 1",
            new { since = DateTimeOffset.UtcNow.Date.AddDays(1 - days) }).ConfigureAwait(false);
        return rows.AsList();
    }

    /// <summary>Events per month of their event date (events without a date are left out), oldest first.</summary>
    public async Task<IReadOnlyList<DashboardCount>> CountEventsPerMonthAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DashboardCount>(
            """
            SELECT SUBSTR(event_date, 1, 7) AS label, COUNT(*) AS value FROM events
            WHERE event_date IS NOT NULL AND LENGTH(event_date) >= 7 GROUP BY SUBSTR(event_date, 1, 7) ORDER BY 1
            """).ConfigureAwait(false);
        return rows.AsList();
    }

    /// <summary>Each source's last run and error with its articles counted by state.</summary>
    public async Task<IReadOnlyList<SourceHealth>> ListSourceHealthAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sources = (await connection.QueryAsync<SourceHealth>(
            "SELECT id, name, enabled, last_run_at, last_error FROM sources ORDER BY name").ConfigureAwait(false)).AsList();
        var states = await connection.QueryAsync<(long SourceId, string State, long Count)>(
            "SELECT source_id, state, COUNT(*) FROM articles GROUP BY source_id, state").ConfigureAwait(false);
        foreach (var (sourceId, state, count) in states)
        {
            sources.Find(s => s.Id == sourceId)?.ArticlesByState.Add(state, count);
        }

        return sources;
    }

    /// <summary>Places with coordinates and how many events happened there, most events first.</summary>
    public async Task<IReadOnlyList<PlaceMarker>> ListPlacesAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<PlaceMarker>(
            """
            SELECT n.id, n.name, n.lat, n.lon, COUNT(e.id) AS events
            FROM entities n LEFT JOIN events e ON e.place_id = n.id
            WHERE n.lat IS NOT NULL AND n.lon IS NOT NULL
            GROUP BY n.id, n.name, n.lat, n.lon ORDER BY COUNT(e.id) DESC, n.name LIMIT @limit
            """,
            new { limit }).ConfigureAwait(false);
        return rows.AsList();
    }
}
