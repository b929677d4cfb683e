using Extractor.Core.Articles;
using Extractor.Core.Entities;
using Extractor.Core.Pipeline;
using Extractor.Core.Events.Rules;

namespace Extractor.Core.Events.Learning;

/// <summary>
/// Builds the training examples of the four event classifiers from annotated sentences and fits them.
/// Gold spans are aligned to tokens by their first occurrence: the trigger's first word (auxiliaries skipped) is labelled with
/// the type (every other word NONE, which must be first among the labels); an entity mention is an actor (target) when it overlaps a gold actor
/// (target) span or its entity's name equals one ignoring case. The trigger classifier is also trained on
/// <see cref="EventTrainingOptions.CalibrationFolds"/> folds (sentence index modulo the fold count); its held-out predictions
/// fit the Platt scaling, and the extractor built from each fold's classifiers (mode, status and role trained on the same
/// sentences) is scored on the held-out sentences by <see cref="EventScorer"/>: the cross-validated tuple scores.
/// </summary>
public static class EventTrainer
{
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
            var golds = Align(record, document);
            aligned += golds.Count;
            unaligned += record.Events.Count - golds.Count;
            var entityById = entities.ToDictionary(e => e.Id);
            foreach (var view in SentenceViews.Build(document, entities))
            {
                var (starts, inside) = SentenceViews.LexiconMatches(view);
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
                        var features = EventFeatures.Role(view, trigger, gold.Type, candidate, entity.Type, LearnedEventExtractor.RuleRole(rules, candidate.EntityId), passive, triggerOthers);
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
        EventModel Fit(LinearClassifier triggers, Func<int, bool> uses) => new(
            triggers,
            LinearClassifierTrainer.Train([.. modeExamples.Where(e => uses(e.Sentence)).Select(e => e.Example)], modeLabels, options),
            LinearClassifierTrainer.Train([.. statusExamples.Where(e => uses(e.Sentence)).Select(e => e.Example)], Enum.GetNames<EventStatus>(), options),
            LinearClassifierTrainer.Train([.. roleExamples.Where(e => uses(e.Sentence)).Select(e => e.Example)], LearnedEventExtractor.RoleLabels, options),
            modesOf,
            calibration,
            threshold);

        var heldOut = new List<(EventRecord, Extraction)>();
        for (var fold = 0; fold < options.CalibrationFolds; fold++)
        {
            var held = fold;
            var extractor = new LearnedEventExtractor(Fit(foldTriggers[fold], sentence => sentence % options.CalibrationFolds != held));
            for (var index = fold; index < sentences.Count; index += options.CalibrationFolds)
            {
                var (record, document, entities) = sentences[index];
                var article = new Article(record.Id, string.Empty, record.Published, [], "en", record.Text);
                heldOut.Add((record, new Extraction(article, entities, extractor.Extract(document, entities, record.Published), "cross-validation")));
            }
        }

        var triggersOnAll = LinearClassifierTrainer.Train([.. triggerExamples.Select(e => e.Example)], typeLabels, options);
        var model = Fit(triggersOnAll, _ => true);
        return new EventTrainingResult(model, precision, recall, triggerExamples.Count, aligned, unaligned, roleExamples.Count, statusExamples.Count, EventScorer.Score(heldOut));
    }

    /// <summary>
    /// Each gold event with the first word of its trigger that is not an auxiliary ("will provide" → "provide",
    /// "did not attend" → "attend"), so modals never learn a type; events whose trigger is not in the text are left out.
    /// </summary>
    private static List<(GoldEvent Event, int Token)> Align(EventRecord record, Extractor.Core.Text.Document document)
    {
        var aligned = new List<(GoldEvent, int)>();
        foreach (var gold in record.Events)
        {
            if (gold.Trigger.Length == 0 || record.Find(gold.Trigger) is not { } span) continue;
            var inSpan = Enumerable.Range(0, document.Tokens.Count).Where(t => document.Tokens[t].End > span.Start && document.Tokens[t].Start < span.End).ToList();
            if (inSpan.Count == 0) continue;
            var head = inSpan.FirstOrDefault(t => !Auxiliaries.Contains(document.TokenText(t).ToLowerInvariant()), inSpan[0]);
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
