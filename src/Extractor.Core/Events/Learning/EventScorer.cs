using Extractor.Core.Entities;
using Extractor.Core.Pipeline;

namespace Extractor.Core.Events.Learning;

/// <summary>
/// Scores extracted events against a record's gold events. Matching, per sentence: a gold event is
/// matched to an unmatched predicted event of the same type, the one whose trigger overlaps the gold
/// trigger first, else the first in text order. A predicted argument entity matches a gold span when
/// one of its mentions overlaps the span's first occurrence or its name equals the span ignoring case;
/// an argument list is right when every gold span and every predicted entity is matched (both empty
/// counts as right). Tuple levels count a matched pair as correct when type, actors and targets are
/// right (+ place, + date: the predicted date written at its precision equals the gold date, both
/// absent counts). Date accuracy is over matched pairs whose gold states a date.
/// </summary>
public static class EventScorer
{
    private const int Bins = 10;

    public static EventScores Score(IEnumerable<(EventRecord Record, Extraction Extraction)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var levels = new int[4];
        int gold = 0, predicted = 0, datedMatched = 0, datesCorrect = 0, datedGold = 0;
        var perType = Enum.GetValues<PloverType>().ToDictionary(t => t, _ => new int[3]);
        var confidences = new List<(double Confidence, bool Matched)>();
        foreach (var (record, extraction) in items)
        {
            var entities = extraction.Entities.ToDictionary(e => e.Id);
            gold += record.Events.Count;
            predicted += extraction.Events.Count;
            datedGold += record.Events.Count(e => e.Date is not null);
            foreach (var e in record.Events) perType[e.Type][0]++;
            foreach (var e in extraction.Events) perType[e.Type][1]++;
            var matched = new HashSet<Event>();
            foreach (var goldEvent in record.Events)
            {
                var span = record.Find(goldEvent.Trigger);
                var sameType = extraction.Events.Where(e => e.Type == goldEvent.Type && !matched.Contains(e)).ToList();
                var match = sameType.FirstOrDefault(e => span is { } s && e.TriggerStart < s.End && e.TriggerEnd > s.Start) ?? sameType.FirstOrDefault();
                if (match is null) continue;
                matched.Add(match);
                perType[goldEvent.Type][2]++;
                levels[0]++;
                var dateRight = goldEvent.Date == match.Date?.ToString();
                if (goldEvent.Date is not null)
                {
                    datedMatched++;
                    if (dateRight) datesCorrect++;
                }

                if (!ArgumentsMatch(record, goldEvent.Actors, match.ActorIds, entities) || !ArgumentsMatch(record, goldEvent.Targets, match.TargetIds, entities)) continue;
                levels[1]++;

                if (ArgumentsMatch(record, goldEvent.Place is null ? [] : [goldEvent.Place], match.PlaceId is null ? [] : [match.PlaceId], entities)) levels[2]++;
                if (dateRight) levels[3]++;
            }

            foreach (var e in extraction.Events) confidences.Add((e.Confidence, matched.Contains(e)));
        }

        string[] names = ["type", "type+actor+target", "type+actor+target+place", "type+actor+target+date"];
        var rows = names.Select((name, i) => new ScoreRow(name, gold, predicted, levels[i])).ToList();
        var typeRows = perType.Where(pair => pair.Value[0] + pair.Value[1] > 0).Select(pair => new ScoreRow(pair.Key.ToCode(), pair.Value[0], pair.Value[1], pair.Value[2])).ToList();
        return new EventScores(rows, typeRows, datedMatched, datesCorrect, datedGold, Reliability(confidences));
    }

    private static List<ReliabilityBin> Reliability(List<(double Confidence, bool Matched)> confidences)
    {
        var bins = new List<ReliabilityBin>();
        for (var bin = 0; bin < Bins; bin++)
        {
            var low = (double)bin / Bins;
            var high = (double)(bin + 1) / Bins;
            var inBin = confidences.Where(c => c.Confidence >= low && (c.Confidence < high || (bin == Bins - 1 && c.Confidence <= high))).ToList();
            if (inBin.Count == 0) continue;
            bins.Add(new ReliabilityBin(low, high, inBin.Average(c => c.Confidence), inBin.Count(c => c.Matched) / (double)inBin.Count, inBin.Count));
        }

        return bins;
    }

    private static bool ArgumentsMatch(EventRecord record, IReadOnlyList<string> spans, IReadOnlyList<string> entityIds, Dictionary<string, Entity> entities)
    {
        var predicted = entityIds.Select(id => entities.GetValueOrDefault(id)).OfType<Entity>().ToList();
        return spans.All(span => predicted.Any(entity => Matches(record, span, entity)))
            && predicted.All(entity => spans.Any(span => Matches(record, span, entity)));
    }

    private static bool Matches(EventRecord record, string span, Entity entity) =>
        string.Equals(span, entity.Name, StringComparison.OrdinalIgnoreCase)
        || (record.Find(span) is { } at && entity.Mentions.Any(m => m.Field == TextField.Body && m.Start < at.End && m.End > at.Start));
}
