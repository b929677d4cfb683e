using System.Text.RegularExpressions;
using Extractor.Core.Events;
using Extractor.Core.Events.Learning;

namespace Extractor.Core.Tests.Events.Learning;

/// <summary>
/// The committed training split as the trainer reads it. The test split is read only for its sentence texts,
/// to prove that no training sentence retells a test sentence.
/// </summary>
public sealed partial class EventTrainingCorpusFacts
{
    private static List<EventRecord> ReadTrainingSplit() => ReadSplit("train");

    private static List<EventRecord> ReadSplit(string name)
    {
        using var reader = File.OpenText(UpwardSearch.Find($"corpora/events/{name}.jsonl"));
        return EventCorpusReader.ReadJsonLines(reader);
    }

    [Fact]
    public void ReadJsonLines_LoadsTheTrainingSplitWithUniqueIdsAndPublicationDates()
    {
        var records = ReadTrainingSplit();

        Assert.True(records.Count >= 1200, $"only {records.Count} sentences");
        Assert.Equal(records.Count, records.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(records, r => Assert.NotNull(r.Published));
    }

    [Fact]
    public void ReadJsonLines_FindsEveryTriggerActorTargetAndPlaceOfTheTrainingSplitInItsSentence()
    {
        var spans = ReadTrainingSplit().SelectMany(r => r.Events.SelectMany(e =>
            new[] { e.Trigger }.Concat(e.Actors).Concat(e.Targets).Concat(e.Place is null ? [] : [e.Place]).Select(span => (r, span))));

        Assert.All(spans, pair => Assert.True(pair.r.Find(pair.span) is not null, $"{pair.r.Id}: '{pair.span}' is not in its sentence"));
    }

    [Fact]
    public void ReadJsonLines_GivesEveryPloverTypeAndStatusAtLeastFifteenTrainingEvents()
    {
        var events = ReadTrainingSplit().SelectMany(r => r.Events).ToList();

        Assert.All(Enum.GetValues<PloverType>(), type => Assert.True(events.Count(e => e.Type == type) >= 15, $"{type} has too few events"));
        Assert.All(Enum.GetValues<EventStatus>(), status => Assert.True(events.Count(e => e.Status == status) >= 15, $"{status} has too few events"));
    }

    /// <summary>
    /// Writers who work apart still retell the same famous events in the same words; such a pair would let the
    /// held-out score reward memory. Near-duplicate: three shared five-word runs, 40 % of the words in common,
    /// or two shared runs with 30 % in common.
    /// </summary>
    [Fact]
    public void TrainingSplit_RetellsNoSentenceOfTheTestSplit()
    {
        var test = ReadSplit("test").Select(r => Shingles(r.Text)).ToList();

        var retold = ReadTrainingSplit()
            .Where(r => test.Any(t => IsNearDuplicate(Shingles(r.Text), t)))
            .Select(r => r.Id)
            .ToList();

        Assert.Empty(retold);
    }

    private static bool IsNearDuplicate((HashSet<string> Words, HashSet<string> Runs) a, (HashSet<string> Words, HashSet<string> Runs) b)
    {
        var sharedRuns = a.Runs.Count(b.Runs.Contains);
        var overlap = a.Words.Count(b.Words.Contains) / (double)a.Words.Union(b.Words).Count();
        return sharedRuns >= 3 || overlap >= 0.4 || (sharedRuns >= 2 && overlap >= 0.3);
    }

    private static (HashSet<string> Words, HashSet<string> Runs) Shingles(string text)
    {
        var words = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var runs = Enumerable.Range(0, Math.Max(0, words.Count - 4)).Select(i => string.Join(' ', words.Skip(i).Take(5)));
        return (words.ToHashSet(StringComparer.Ordinal), runs.ToHashSet(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
