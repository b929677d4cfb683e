using Extractor.Core.Dates;
using Extractor.Core.Entities;
using Extractor.Core.Events.Rules;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Core.Events;

/// <summary>
/// The first, rule-based event extractor: a trigger lexicon (<see cref="TriggerLexicon"/>) gives the
/// PLOVER type; actor, target and place come from the entities' mentions around the trigger; the date
/// from <see cref="DateResolver"/>; counts from the sentence; status from cue words. Mentions of one
/// event in the same or consecutive sentences are merged. Two coding rules of the PLOVER manual are
/// applied: cooperation reported as future (CONSULT, SUPPORT, COOPERATE, AID, RETREAT) is AGREE, kept
/// with status planned; cooperation refused ("refused to meet", "will not accept") is REJECT; and
/// force, coercion or a boycott announced for the future ("will impose a curfew") is THREATEN. Anaphoric dates ("the day before") are
/// anchored on the last day-precise date of the previous <see cref="AnchorSentences"/> sentences.
/// Confidence is 0.5, plus 0.15 for an actor, 0.15 for a target, 0.05 each for a place and a date and
/// for every merged mention (at most 0.1), capped at 0.95: a rough ranking for review, not a probability.
/// Stateless and safe to share between threads.
/// </summary>
public sealed class RuleEventExtractor : IEventExtractor
{
    public const int AnchorSentences = 5;

    public IReadOnlyList<Event> Extract(Document document, IReadOnlyList<Entity> entities, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        var mentions = entities.SelectMany(e => e.Mentions.Select(m => (Mention: m, Entity: e))).OrderBy(p => p.Mention.Start).ToList();
        var descriptors = new DescriptorMap(document, mentions);
        var drafts = new List<EventDraft>();
        PartialDate? anchor = null;
        var anchorSentence = int.MinValue;
        var cursor = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            while (cursor < mentions.Count && mentions[cursor].Mention.End <= sentence.Start) cursor++;
            var inSentence = new List<(Mention, Entity)>();
            for (var m = cursor; m < mentions.Count && mentions[m].Mention.Start < sentence.End; m++) inSentence.Add(mentions[m]);

            var dates = DateResolver.Find(document.Text, sentence.Start, sentence.End, published, s - anchorSentence <= AnchorSentences ? anchor : null);
            var view = new SentenceView(document, s, inSentence, descriptors);
            drafts.AddRange(Drafts(view, dates));
            foreach (var date in dates)
            {
                if (date is { Kind: DateKind.Point, Date: { Precision: DatePrecision.Day } day })
                {
                    anchor = day;
                    anchorSentence = s;
                }
            }
        }

        return EventMerger.Merge(drafts).Select(d => ToEvent(document, d, RuleConfidence(d))).ToList();
    }

    private static IEnumerable<EventDraft> Drafts(SentenceView view, IReadOnlyList<DateMention> dates)
    {
        var triggers = TriggerFinder.Find(view);
        if (triggers.Count == 0) yield break;
        var starts = triggers.Select(t => t.First).ToHashSet();
        var quantities = QuantityFinder.Find(view, dates);
        string? assaultMode = null;
        IReadOnlyList<string> clauseActors = [];
        foreach (var trigger in triggers)
        {
            var others = new HashSet<int>(starts);
            others.Remove(trigger.First);
            var arguments = ArgumentFinder.Find(view, trigger, others);
            if (IsParticipleClause(view, trigger) && clauseActors.Count > 0)
            {
                arguments = arguments with { Actors = clauseActors, Targets = [.. arguments.Targets.Except(clauseActors)] };
            }

            if (arguments.Actors.Count > 0) clauseActors = arguments.Actors;
            var type = trigger.Entry.Type;
            var mode = trigger.Entry.Mode;
            if (mode is null && type == PloverType.Assault) mode = assaultMode ??= AssaultModeCues.Find(view);
            var status = StatusDetector.Detect(view, trigger, dates);
            if (status == EventStatus.Negated && IsCooperative(type) && StatusDetector.IsRefusal(view, trigger))
            {
                mode = type switch
                {
                    PloverType.Consult => "meet",
                    PloverType.Aid => "assist",
                    _ => null,
                };
                type = PloverType.Reject;
                status = EventStatus.Occurred;
            }
            else if (status == EventStatus.Planned && type is PloverType.Consult or PloverType.Support or PloverType.Cooperate or PloverType.Aid or PloverType.Retreat)
            {
                type = PloverType.Agree;
                mode = null;
            }
            else if (status == EventStatus.Planned && (type is PloverType.Coerce or PloverType.Assault || mode == "boycott"))
            {
                mode = type switch
                {
                    PloverType.Assault => "violence",
                    PloverType.Coerce when mode is "arrest" => "arrest",
                    PloverType.Coerce => "restrict",
                    _ => "relations",
                };
                type = PloverType.Threaten;
            }

            yield return new EventDraft
            {
                Type = type,
                Mode = mode,
                Trigger = trigger,
                FirstSentence = view.Index,
                LastSentence = view.Index,
                Actors = [.. arguments.Actors],
                Targets = [.. arguments.Targets],
                Place = arguments.Place,
                Date = NearestDate(view, trigger, dates),
                Status = status,
                Quantities = QuantitiesFor(type, quantities),
            };
        }
    }

    private static bool IsCooperative(PloverType type) =>
        type is PloverType.Agree or PloverType.Consult or PloverType.Support or PloverType.Cooperate or PloverType.Aid
            or PloverType.Concede or PloverType.Retreat;

    /// <summary>", accusing him of ..." takes its subject from the main clause before it.</summary>
    internal static bool IsParticipleClause(SentenceView view, TriggerMatch trigger) =>
        trigger.First > view.First && view.Lower(trigger.First).EndsWith("ing", StringComparison.Ordinal) && view.Lower(trigger.First - 1) == ",";

    /// <summary>The point date nearest the trigger; the start of a range ("since January 2025") only when there is none.</summary>
    internal static PartialDate? NearestDate(SentenceView view, TriggerMatch trigger, IReadOnlyList<DateMention> dates)
    {
        var at = view.Document.Tokens[trigger.First].Start;
        PartialDate? best = null;
        var bestDistance = int.MaxValue;
        var bestIsPoint = false;
        foreach (var date in dates)
        {
            if (date.Date is not { } value) continue;
            var isPoint = date.Kind != DateKind.RangeStart;
            var distance = Math.Min(Math.Abs(date.Start - at), Math.Abs(date.End - at));
            if ((isPoint && !bestIsPoint) || (isPoint == bestIsPoint && distance < bestDistance))
            {
                best = value;
                bestDistance = distance;
                bestIsPoint = isPoint;
            }
        }

        return best;
    }

    /// <summary>Casualty counts belong to violent events, arrests to coercion, dollars to material or promised exchanges.</summary>
    internal static Quantities QuantitiesFor(PloverType type, Quantities found) => type switch
    {
        PloverType.Assault => found with { Arrested = null, Usd = null },
        PloverType.Coerce => Quantities.None with { Arrested = found.Arrested, Kidnapped = found.Kidnapped },
        PloverType.Sanction => Quantities.None with { Displaced = found.Displaced },
        PloverType.Aid or PloverType.Agree or PloverType.Cooperate or PloverType.Support or PloverType.Concede or PloverType.Retreat
            => Quantities.None with { Usd = found.Usd },
        _ => Quantities.None,
    };

    private static double RuleConfidence(EventDraft draft) => Math.Min(
        0.95,
        0.5
            + (draft.Actors.Count > 0 ? 0.15 : 0)
            + (draft.Targets.Count > 0 ? 0.15 : 0)
            + (draft.Place is null ? 0 : 0.05)
            + (draft.Date is null ? 0 : 0.05)
            + Math.Min(0.1, 0.05 * draft.MergedMentions));

    internal static Event ToEvent(Document document, EventDraft draft, double confidence)
    {
        var first = document.Sentences[draft.FirstSentence];
        var last = document.Sentences[draft.LastSentence];
        var triggerStart = document.Tokens[draft.Trigger.First].Start;
        var triggerEnd = document.Tokens[draft.Trigger.ObjectToken >= 0 ? draft.Trigger.ObjectToken : draft.Trigger.Last].End;
        return new Event(
            $"ev:{first.Start}:{triggerStart}",
            draft.Type,
            draft.Mode,
            document.Slice(triggerStart, triggerEnd),
            triggerStart,
            triggerEnd,
            draft.Actors,
            draft.Targets,
            draft.Place,
            draft.Date,
            draft.Status,
            draft.Quantities,
            new Evidence(first.Start, last.End, document.Slice(first.Start, last.End)),
            confidence);
    }
}
