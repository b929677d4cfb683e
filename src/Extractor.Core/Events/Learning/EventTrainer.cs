using Extractor.Core.Articles;
using Extractor.Core.Entities;
using Extractor.Core.Events.Rules;
using Extractor.Core.Pipeline;

namespace Extractor.Core.Events.Learning;

/// <summary>
/// Builds the training examples of the four event classifiers from annotated sentences and fits them.
/// Gold spans are aligned to tokens by their first occurrence: the trigger's lexicon word, else its first word (auxiliaries skipped), is labelled with
/// the type (every other word NONE, which must be first among the labels); an entity mention is an actor (target) when it overlaps a gold actor
/// (target) span or its entity's name equals one ignoring case. The trigger classifier is also trained on
/// <see cref="EventTrainingOptions.CalibrationFolds"/> folds (sentence index modulo the fold count); its held-out predictions
/// fit the Platt scaling, and the extractor built from each fold's classifiers (mode, status and role trained on the same
/// sentences) is scored on the held-out sentences by <see cref="EventScorer"/>: the cross-validated tuple scores, for each
/// lexicon floor and pair of <see cref="RoleThresholds"/> on their grids: the floor with the best type F1 (it decides
/// which events are found), then the role pair with the best type+actor+target F1 (it decides their arguments) go into the model.
/// </summary>
public static class EventTrainer
{
    /// <summary>The lexicon floors (<see cref="EventModel.LexiconFloor"/>) the cross-validation chooses among.</summary>
    private static readonly double[] LexiconFloors = [0.1, 0.15, 0.2, 0.3, 0.4];

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "not", "n't", "never", "did", "does", "do",
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being",
    };

    public static EventTrainingResult Train(IReadOnlyList<EventTrainingSentence> sentences, EventTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var triggerExamples = new List<(int Sentence, ClassifierExample Example)>();
        var modeExamples = new List<(int Sentence, ClassifierExample Example)>();
        var statusExamples = new List<(int Sentence, ClassifierExample Example)>();
        var roleExamples = new List<(int Sentence, ClassifierExample Example)>();
        var modesByType = new Dictionary<PloverType, HashSet<string>>();
        int aligned = 0, unaligned = 0;
        for (var index = 0; index < sentences.Count; index++)
        {
            var (record, document, entities) = sentences[index];
            var views = SentenceViews.Build(document, entities);
            var lexiconMatches = views.Select(SentenceViews.LexiconMatches).ToList();
            var golds = Align(record, document, lexiconMatches.SelectMany(matches => matches.Starts.Keys).ToHashSet());
            aligned += golds.Count;
            unaligned += record.Events.Count - golds.Count;
            var entityById = entities.ToDictionary(e => e.Id);
            var entityTypes = entities.ToDictionary(e => e.Id, e => e.Type);
            for (var v = 0; v < views.Count; v++)
            {
                var view = views[v];
                var (starts, inside) = lexiconMatches[v];
                var goldStarts = golds.Where(g => g.Token >= view.First && g.Token < view.End).ToList();
                for (var t = view.First; t < view.End; t++)
                {
                    if (!SentenceViews.IsWord(view, t)) continue;
                    var lexicon = starts.TryGetValue(t, out var match) ? match : (TriggerMatch?)null;
                    var gold = goldStarts.FirstOrDefault(g => g.Token == t);
                    var label = gold.Event is null ? EventFeatures.None : gold.Event.Type.ToString();
                    triggerExamples.Add((index, new ClassifierExample(EventFeatures.Trigger(view, t, lexicon, inside.Contains(t)), label)));
                }

                var others = goldStarts.Select(g => g.Token).ToHashSet();
                foreach (var (gold, token) in goldStarts)
                {
                    var trigger = starts.TryGetValue(token, out var match) ? match : new TriggerMatch(token, token, new TriggerEntry(gold.Type, null));
                    if (gold.Mode is { } mode) (modesByType.TryGetValue(gold.Type, out var set) ? set : modesByType[gold.Type] = new HashSet<string>(StringComparer.Ordinal)).Add(mode);
                    var cue = gold.Type == PloverType.Assault ? AssaultModeCues.Find(view) : null;
                    modeExamples.Add((index, new ClassifierExample(EventFeatures.Mode(view, trigger, gold.Type, cue), gold.Mode ?? EventFeatures.None)));
                    if (gold.Status is { } status)
                    {
                        var ruleStatus = StatusDetector.Detect(view, trigger, []);
                        statusExamples.Add((index, new ClassifierExample(EventFeatures.Status(view, trigger, gold.Type, ruleStatus), status.ToString())));
                    }

                    var triggerOthers = new HashSet<int>(others);
                    triggerOthers.Remove(token);
                    var rules = ArgumentFinder.Find(view, trigger, triggerOthers);
                    var passive = ArgumentFinder.IsPassive(view, token);
                    foreach (var candidate in view.Candidates())
                    {
                        if (candidate.FirstToken <= trigger.Last && candidate.LastToken >= trigger.First) continue;
                        var entity = entityById[candidate.EntityId];
                        var start = document.Tokens[candidate.FirstToken].Start;
                        var end = document.Tokens[candidate.LastToken].End;
                        var role = Matches(record, gold.Actors, entity, start, end) ? EventFeatures.Actor
                            : Matches(record, gold.Targets, entity, start, end) ? EventFeatures.Target
                            : EventFeatures.None;
                        var features = EventFeatures.Role(view, trigger, gold.Type, candidate, entityTypes, LearnedEventExtractor.RuleRole(rules, candidate.EntityId), passive, triggerOthers);
                        roleExamples.Add((index, new ClassifierExample(features, role)));
                    }
                }
            }
        }

        string[] typeLabels = [EventFeatures.None, .. Enum.GetNames<PloverType>()];
        var (threshold, precision, recall, calibrationPoints, foldTriggers) = CrossValidate(triggerExamples, typeLabels, options);
        var calibration = PlattScaling.Fit(calibrationPoints);
        string[] modeLabels = [EventFeatures.None, .. modesByType.Values.SelectMany(m => m).Distinct().Order(StringComparer.Ordinal)];
        var modesOf = modesByType.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<string>)pair.Value);
        var initial = new RoleThresholds(0.6, 0.6);
        EventModel Fit(LinearClassifier triggers, Func<int, bool> uses) => new(
            triggers,
            LinearClassifierTrainer.Train([.. modeExamples.Where(e => uses(e.Sentence)).Select(e => e.Example)], modeLabels, options),
            LinearClassifierTrainer.Train([.. statusExamples.Where(e => uses(e.Sentence)).Select(e => e.Example)], Enum.GetNames<EventStatus>(), options),
            LinearClassifierTrainer.Train([.. roleExamples.Where(e => uses(e.Sentence)).Select(e => e.Example)], LearnedEventExtractor.RoleLabels, options),
            modesOf,
            calibration,
            threshold,
            LexiconFloors[2],
            initial);

        var foldModels = Enumerable.Range(0, options.CalibrationFolds).Select(fold => Fit(foldTriggers[fold], sentence => sentence % options.CalibrationFolds != fold)).ToList();
        List<(EventRecord, Extraction)> HeldOut(double lexiconFloor, RoleThresholds roles)
        {
            var heldOut = new List<(EventRecord, Extraction)>();
            for (var fold = 0; fold < options.CalibrationFolds; fold++)
            {
                var extractor = new LearnedEventExtractor(foldModels[fold].WithThresholds(lexiconFloor, roles));
                for (var index = fold; index < sentences.Count; index += options.CalibrationFolds)
                {
                    var (record, document, entities) = sentences[index];
                    var article = new Article(record.Id, string.Empty, record.Published, [], "en", record.Text);
                    heldOut.Add((record, new Extraction(article, entities, extractor.Extract(document, entities, record.Published), "cross-validation")));
                }
            }

            return heldOut;
        }

        var lexiconFloor = LexiconFloors.MaxBy(floor => EventScorer.Score(HeldOut(floor, initial)).Levels[0].F1);
        var (roleThresholds, scores) = RoleThresholds.Grid
            .SelectMany(overrule => RoleThresholds.Grid.Select(add => new RoleThresholds(overrule, add)))
            .Select(roles => (Roles: roles, Scores: EventScorer.Score(HeldOut(lexiconFloor, roles))))
            .MaxBy(candidate => candidate.Scores.Levels[1].F1);
        var triggersOnAll = LinearClassifierTrainer.Train([.. triggerExamples.Select(e => e.Example)], typeLabels, options);
        var model = Fit(triggersOnAll, _ => true).WithThresholds(lexiconFloor, roleThresholds);
        return new EventTrainingResult(model, precision, recall, triggerExamples.Count, aligned, unaligned, roleExamples.Count, statusExamples.Count, scores);
    }

    /// <summary>
    /// Each gold event with the word of its trigger the lexicon knows ("held talks" → "talks"), else its first word that
    /// is not an auxiliary ("will provide" → "provide", "did not attend" → "attend"), so light verbs and modals do not
    /// learn the type of the noun or verb they carry; events whose trigger is not in the text are left out.
    /// </summary>
    private static List<(GoldEvent Event, int Token)> Align(EventRecord record, Extractor.Core.Text.Document document, IReadOnlySet<int> lexiconStarts)
    {
        var aligned = new List<(GoldEvent, int)>();
        foreach (var gold in record.Events)
        {
            if (gold.Trigger.Length == 0 || record.Find(gold.Trigger) is not { } span) continue;
            var inSpan = Enumerable.Range(0, document.Tokens.Count).Where(t => document.Tokens[t].End > span.Start && document.Tokens[t].Start < span.End).ToList();
            if (inSpan.Count == 0) continue;
            var head = inSpan.Where(lexiconStarts.Contains).Cast<int?>().FirstOrDefault()
                ?? inSpan.FirstOrDefault(t => !Auxiliaries.Contains(document.TokenText(t).ToLowerInvariant()), inSpan[0]);
            if (aligned.All(a => a.Item2 != head)) aligned.Add((gold, head));
        }

        return aligned;
    }

    private static bool Matches(EventRecord record, IReadOnlyList<string> spans, Entity entity, int start, int end) =>
        spans.Any(span => string.Equals(span, entity.Name, StringComparison.OrdinalIgnoreCase) || (record.Find(span) is { } at && at.Start < end && at.End > start));

    /// <summary>
    /// Trains on all folds but one and predicts the held-out words; the NONE threshold that maximizes the
    /// word-level F1 of typed triggers is chosen, and every word predicted as a trigger under it gives a
    /// (probability, correct) calibration point.
    /// </summary>
    private static (double Threshold, double Precision, double Recall, List<(double, bool)> Points, List<LinearClassifier> Folds) CrossValidate(
        List<(int Sentence, ClassifierExample Example)> examples, string[] labels, EventTrainingOptions options)
    {
        var heldOut = new List<(float[] Probabilities, string Gold)>();
        var folds = new List<LinearClassifier>(options.CalibrationFolds);
        for (var fold = 0; fold < options.CalibrationFolds; fold++)
        {
            var training = examples.Where(e => e.Sentence % options.CalibrationFolds != fold).Select(e => e.Example).ToList();
            var classifier = LinearClassifierTrainer.Train(training, labels, options);
            folds.Add(classifier);
            heldOut.AddRange(examples.Where(e => e.Sentence % options.CalibrationFolds == fold).Select(e => (classifier.Probabilities(e.Example.Features), e.Example.Label)));
        }

        var gold = heldOut.Count(h => h.Gold != EventFeatures.None);
        (double Threshold, double Precision, double Recall, double F1) best = (0.5, 0, 0, -1);
        for (var threshold = 0.5; threshold <= 0.96; threshold += 0.05)
        {
            int predicted = 0, correct = 0;
            foreach (var (probabilities, label) in heldOut)
            {
                if (Predict(probabilities, threshold) is not { } type) continue;
                predicted++;
                if (labels[type] == label) correct++;
            }

            var precision = predicted == 0 ? 0 : (double)correct / predicted;
            var recall = gold == 0 ? 0 : (double)correct / gold;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > best.F1) best = (threshold, precision, recall, f1);
        }

        var points = new List<(double, bool)>();
        foreach (var (probabilities, label) in heldOut)
        {
            if (Predict(probabilities, best.Threshold) is { } type) points.Add((probabilities[type], labels[type] == label));
        }

        return (best.Threshold, best.Precision, best.Recall, points, folds);
    }

    /// <summary>The most probable type (label index) when NONE's probability is below the threshold.</summary>
    internal static int? Predict(float[] probabilities, double noneThreshold)
    {
        if (probabilities[0] >= noneThreshold) return null;
        var best = 1;
        for (var i = 2; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[best]) best = i;
        }

        return best;
    }
}
