namespace Extractor.Core.Events.Clustering;

/// <summary>
/// Decides whether two event reports, usually from different articles, describe the same real-world
/// event. A pair can match only when nothing contradicts it:
/// <list type="bullet">
/// <item>the same PLOVER type, and compatible statuses (occurred and claimed go together; planned only
/// with planned, negated only with negated; hypothetical events never cluster);</item>
/// <item>both dated (stated date, else publication date), each date no vaguer than a month
/// (<see cref="MaxWindowDays"/>), and the two windows at most <see cref="DayTolerance"/> days apart, so a
/// day-precise date matches a month-precise one in the same month;</item>
/// <item>no different first-level region or country when both places are known;</item>
/// <item>no contradicting count (<see cref="CountsContradict"/>);</item>
/// <item>not two disjoint actor lists together with two disjoint target lists.</item>
/// </list>
/// It then needs two of three corroborations: a participant shared in the same role (entity ids are
/// canonical across articles), the same place or first-level region, and the same day (both day-precise).
/// <see cref="Similarity"/> ranks the matching candidates: 0.4 for a shared participant, 0.3 for the same
/// place (0.2 for the same region only), up to 0.2 for closeness in time and 0.1 for equal counts.
/// Pure and thread-safe.
/// </summary>
public static class EventClusterer
{
    public const int DayTolerance = 3;
    public const int MaxWindowDays = 31;

    /// <summary>0 when the reports are not the same event, else a score in (0, 1]; higher is closer.</summary>
    public static double Similarity(EventSignature a, EventSignature b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Type != b.Type || !StatusesCompatible(a.Status, b.Status)) return 0;
        if (a.Date is not { } dateA || b.Date is not { } dateB) return 0;
        var windowA = DateWindow.Of(dateA);
        var windowB = DateWindow.Of(dateB);
        if (windowA.Days > MaxWindowDays || windowB.Days > MaxWindowDays) return 0;
        var gap = windowA.GapTo(windowB);
        if (gap > DayTolerance) return 0;
        if (Differ(a.Admin1, b.Admin1) || Differ(a.Country, b.Country)) return 0;
        if (CountsContradict(a.Quantities, b.Quantities)) return 0;
        var sharedActor = Shares(a.ActorIds, b.ActorIds);
        var sharedTarget = Shares(a.TargetIds, b.TargetIds);
        if (!sharedActor && !sharedTarget && a.ActorIds.Count > 0 && b.ActorIds.Count > 0 && a.TargetIds.Count > 0 && b.TargetIds.Count > 0)
        {
            return 0;
        }

        var sharedParticipant = sharedActor || sharedTarget;
        var samePlace = a.PlaceId is not null && a.PlaceId == b.PlaceId;
        var sameRegion = samePlace || (a.Admin1 is not null && a.Admin1 == b.Admin1);
        var sameDay = gap == 0 && windowA.Days == 1 && windowB.Days == 1;
        var corroborations = (sharedParticipant ? 1 : 0) + (sameRegion ? 1 : 0) + (sameDay ? 1 : 0);
        if (corroborations < 2) return 0;

        return (sharedParticipant ? 0.4 : 0)
            + (samePlace ? 0.3 : sameRegion ? 0.2 : 0)
            + (0.2 * (DayTolerance + 1 - gap) / (DayTolerance + 1))
            + (CountsEqual(a.Quantities, b.Quantities) ? 0.1 : 0);
    }

    /// <summary>The index of the most similar matching candidate, or -1 when none matches.</summary>
    public static int BestMatch(EventSignature report, IReadOnlyList<EventSignature> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var score = Similarity(report, candidates[i]);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// The cluster's signature after <paramref name="report"/> joins it: participants are united, and
    /// the place, date and counts are kept unless the report knows them more precisely.
    /// </summary>
    public static EventSignature Merge(EventSignature cluster, EventSignature report)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(report);
        var keepPlace = cluster.PlaceId is not null || report.PlaceId is null;
        var keepDate = cluster.Date is { } c && (report.Date is not { } r || DateWindow.Of(c).Days <= DateWindow.Of(r).Days);
        return cluster with
        {
            ActorIds = [.. cluster.ActorIds.Union(report.ActorIds, StringComparer.Ordinal)],
            TargetIds = [.. cluster.TargetIds.Union(report.TargetIds, StringComparer.Ordinal)],
            PlaceId = keepPlace ? cluster.PlaceId : report.PlaceId,
            Country = cluster.Country ?? report.Country,
            Admin1 = cluster.Admin1 ?? report.Admin1,
            Date = keepDate ? cluster.Date : report.Date,
            Quantities = new Quantities(
                cluster.Quantities.Killed ?? report.Quantities.Killed,
                cluster.Quantities.Injured ?? report.Quantities.Injured,
                cluster.Quantities.Displaced ?? report.Quantities.Displaced,
                cluster.Quantities.Kidnapped ?? report.Quantities.Kidnapped,
                cluster.Quantities.Arrested ?? report.Quantities.Arrested,
                cluster.Quantities.Usd ?? report.Quantities.Usd),
        };
    }

    /// <summary>
    /// Two counts of the same kind contradict when they differ by more than 3 and by more than half of
    /// the larger: early and later tolls of one attack (7 and 9 dead) agree, 7 and 40 do not.
    /// </summary>
    public static bool CountsContradict(Quantities a, Quantities b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Contradict(a.Killed, b.Killed) || Contradict(a.Injured, b.Injured) || Contradict(a.Displaced, b.Displaced)
            || Contradict(a.Kidnapped, b.Kidnapped) || Contradict(a.Arrested, b.Arrested);
    }

    private static bool Contradict(int? a, int? b) =>
        a is { } x && b is { } y && Math.Abs(x - y) > 3 && Math.Abs(x - y) > Math.Max(x, y) / 2.0;

    private static bool CountsEqual(Quantities a, Quantities b) =>
        (a.Killed ?? a.Injured ?? a.Displaced ?? a.Kidnapped ?? a.Arrested) is not null
        && a.Killed == b.Killed && a.Injured == b.Injured && a.Displaced == b.Displaced && a.Kidnapped == b.Kidnapped && a.Arrested == b.Arrested;

    private static bool StatusesCompatible(EventStatus a, EventStatus b) => (a, b) switch
    {
        (EventStatus.Hypothetical, _) or (_, EventStatus.Hypothetical) => false,
        (EventStatus.Occurred or EventStatus.Claimed, EventStatus.Occurred or EventStatus.Claimed) => true,
        _ => a == b,
    };

    private static bool Differ(string? a, string? b) => a is not null && b is not null && !string.Equals(a, b, StringComparison.Ordinal);

    private static bool Shares(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Any(id => b.Contains(id, StringComparer.Ordinal));
}
