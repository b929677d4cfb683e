using Extractor.Core.Dates;
using Extractor.Core.Entities;
using Extractor.Core.Events.Rules;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Core.Events.Learning;

/// <summary>
/// The trained event extractor. Every word is scored by the trigger classifier (the trigger lexicon's
/// hit is one of its features); a word whose NONE probability is below the model's threshold starts an event mention of its most
/// probable type, and so does a lexicon word whose probability of being any trigger is at least <see cref="EventModel.LexiconFloor"/>
/// ("will open negotiations": the word is sure to be an event, less sure whether CONSULT or a planned AGREE). The
/// mode, status and, for each entity mention of the sentence, the role (actor, target, none) come from
/// their classifiers, with the rule finders' answers among the features. Place, date and counts come
/// from the rule finders; mentions are merged as by <see cref="RuleEventExtractor"/>. The confidence is
/// the trigger probability after Platt scaling fitted on cross-validated training predictions.
/// Stateless and safe to share between threads.
/// </summary>
public sealed class LearnedEventExtractor(EventModel model) : IEventExtractor
{
    /// <summary>The role classifier's labels, in the order it was trained with.</summary>
    internal static readonly string[] RoleLabels = [EventFeatures.None, EventFeatures.Actor, EventFeatures.Target];

    /// <summary>"fighting between X and Y": each party is actor and target.</summary>
    private const string Both = "both";

    public EventModel Model { get; } = model;

    public IReadOnlyList<Event> Extract(Document document, IReadOnlyList<Entity> entities, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        var entityTypes = entities.ToDictionary(e => e.Id, e => e.Type);
        var drafts = new List<EventDraft>();
        PartialDate? anchor = null;
        var anchorSentence = int.MinValue;
        foreach (var view in SentenceViews.Build(document, entities))
        {
            var sentence = view.Sentence;
            var dates = DateResolver.Find(document.Text, sentence.Start, sentence.End, published, view.Index - anchorSentence <= RuleEventExtractor.AnchorSentences ? anchor : null);
            drafts.AddRange(Drafts(view, dates, entityTypes));
            foreach (var date in dates)
            {
                if (date is { Kind: DateKind.Point, Date: { Precision: DatePrecision.Day } day })
                {
                    anchor = day;
                    anchorSentence = view.Index;
                }
            }
        }

        return EventMerger.Merge(drafts).Select(d => RuleEventExtractor.ToEvent(document, d, d.Probability)).ToList();
    }

    /// <summary>The type-classified triggers of a sentence with their probability; adjacent words of one type are one trigger.</summary>
    internal List<(TriggerMatch Trigger, PloverType Type, double Probability)> Triggers(SentenceView view)
    {
        var (starts, inside) = SentenceViews.LexiconMatches(view);
        var found = new List<(TriggerMatch, PloverType, double)>();
        var lastType = (PloverType?)null;
        var lastToken = -2;
        for (var t = view.First; t < view.End; t++)
        {
            if (!SentenceViews.IsWord(view, t)) continue;
            var lexicon = starts.TryGetValue(t, out var match) ? match : (TriggerMatch?)null;
            var probabilities = Model.Triggers.Probabilities(EventFeatures.Trigger(view, t, lexicon, inside.Contains(t)));
            int best;
            if (EventTrainer.Predict(probabilities, Model.NoneThreshold) is { } predicted) best = predicted;
            else if (lexicon is not null && 1 - probabilities[0] >= Model.LexiconFloor) best = EventTrainer.Predict(probabilities, noneThreshold: 1.01)!.Value;
            else continue;
            var type = Enum.Parse<PloverType>(Model.Triggers.Labels[best]);
            if (type == lastType && t == lastToken + 1)
            {
                lastToken = t;
                continue;
            }

            var trigger = lexicon is { } hit ? hit : new TriggerMatch(t, t, new TriggerEntry(type, null));
            found.Add((trigger, type, probabilities[best]));
            lastType = type;
            lastToken = Math.Max(t, trigger.Last);
        }

        return found;
    }

    private IEnumerable<EventDraft> Drafts(SentenceView view, IReadOnlyList<DateMention> dates, IReadOnlyDictionary<string, EntityType> entityTypes)
    {
        var triggers = Triggers(view);
        if (triggers.Count == 0) yield break;
        var starts = triggers.Select(t => t.Trigger.First).ToHashSet();
        var quantities = QuantityFinder.Find(view, dates);
        var candidates = view.Candidates().ToList();
        IReadOnlyList<string> clauseActors = [];
        foreach (var (trigger, type, probability) in triggers)
        {
            var others = new HashSet<int>(starts);
            others.Remove(trigger.First);
            var rules = ArgumentFinder.Find(view, trigger, others);
            var passive = ArgumentFinder.IsPassive(view, trigger.First);
            var actors = new List<string>();
            var targets = new List<string>();
            foreach (var candidate in candidates)
            {
                if (candidate.FirstToken <= trigger.Last && candidate.LastToken >= trigger.First) continue;
                var ruleRole = RuleRole(rules, candidate.EntityId);
                var features = EventFeatures.Role(view, trigger, type, candidate, entityTypes, ruleRole, passive, others);
                var role = Role(Model.Roles.Probabilities(features), ruleRole, Model.RoleThresholds);
                if (role is EventFeatures.Actor or Both && !actors.Contains(candidate.EntityId)) actors.Add(candidate.EntityId);
                if (role is EventFeatures.Target or Both && !targets.Contains(candidate.EntityId)) targets.Add(candidate.EntityId);
            }

            if (actors.Count == 0 && clauseActors.Count > 0 && RuleEventExtractor.IsParticipleClause(view, trigger))
            {
                actors.AddRange(clauseActors);
                targets.RemoveAll(clauseActors.Contains);
            }

            if (actors.Count > 0) clauseActors = actors;
            var ruleStatus = StatusDetector.Detect(view, trigger, dates);
            var status = Enum.Parse<EventStatus>(Model.Statuses.Labels[ArgMax(Model.Statuses.Probabilities(EventFeatures.Status(view, trigger, type, ruleStatus)))]);
            yield return new EventDraft
            {
                Type = type,
                Mode = Mode(view, trigger, type),
                Trigger = trigger,
                FirstSentence = view.Index,
                LastSentence = view.Index,
                Actors = actors,
                Targets = targets,
                Place = rules.Place,
                Date = RuleEventExtractor.NearestDate(view, trigger, dates),
                Status = status,
                Quantities = RuleEventExtractor.QuantitiesFor(type, quantities),
                Probability = Model.Calibration.Calibrate(probability),
            };
        }
    }

    /// <summary>The most probable mode among those the type was seen with in training, or none.</summary>
    private string? Mode(SentenceView view, TriggerMatch trigger, PloverType type)
    {
        if (!Model.ModesByType.TryGetValue(type, out var allowed) || allowed.Count == 0) return null;
        var cue = type == PloverType.Assault ? AssaultModeCues.Find(view) : null;
        var probabilities = Model.Modes.Probabilities(EventFeatures.Mode(view, trigger, type, cue));
        string? best = null;
        var bestProbability = -1f;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var label = Model.Modes.Labels[i];
            if (label != EventFeatures.None && !allowed.Contains(label)) continue;
            if (probabilities[i] <= bestProbability) continue;
            best = label == EventFeatures.None ? null : label;
            bestProbability = probabilities[i];
        }

        return best;
    }

    /// <summary>
    /// The argument finder's role stands unless the classifier is confident it is wrong; the classifier
    /// adds a role the finder missed only when it is confident (see <see cref="RoleThresholds"/>).
    /// </summary>
    private static string Role(float[] probabilities, string ruleRole, RoleThresholds thresholds)
    {
        var ruleSays = ruleRole is EventFeatures.Actor or EventFeatures.Target or Both ? ruleRole : null;
        if (ruleSays is not null && probabilities[0] < thresholds.Overrule) return ruleSays;
        var best = ArgMax(probabilities);
        return best != 0 && probabilities[best] >= thresholds.Add ? RoleLabels[best] : EventFeatures.None;
    }

    internal static string RuleRole(EventArguments rules, string entityId) =>
        rules.Actors.Contains(entityId) ? (rules.Targets.Contains(entityId) ? Both : EventFeatures.Actor)
        : rules.Targets.Contains(entityId) ? EventFeatures.Target
        : rules.Place == entityId ? "place" : EventFeatures.None;

    internal static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best]) best = i;
        }

        return best;
    }
}
