using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Events.Learning;
using Extractor.Core.Gazetteers;
using Extractor.Core.Text;

namespace Extractor.Benchmarks;

/// <summary>
/// Events for a news article of about 1,000 words, by the rule-based and by the trained extractor
/// (the committed models/events model; target: at most 10 ms per article). The article is written here: ten paragraphs of conflict and
/// diplomacy reporting, repeated with other dates until it passes 1,000 words, so the run needs no files. The named
/// entities are given; the nominal ones ("gunmen", "23 protesters") come from <see cref="NominalMentionFinder"/>, whose
/// cost is measured too.
/// </summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private static readonly string[] Paragraphs =
    [
        "On March {0}, 2025, government jets bombed a rebel camp in the northern hills near Arlen, officials said. "
            + "Nine fighters of the Delta Front were killed and at least 14 civilians were wounded, according to the local hospital. "
            + "It was the first time President Mara Holt had ordered strikes against the Delta Front since taking office. ",
        "The day before, Holt met Foreign Minister Ivo Brandt in Kessel for two hours of talks on border security. "
            + "The two leaders agreed to resume joint patrols along the river and will meet again next Monday in Arlen. ",
        "The Delta Front responded within hours by suspending its peace negotiations with the government of Holt, accusing her of betrayal. "
            + "The group, which controls much of the mining trade, said it would not return to the table while the air campaign continued. ",
        "Since January 2024, fighting between the Delta Front and the River Brigades has killed more than 300 people and displaced over 40,000. "
            + "Aid agencies warned that food stocks in Arlen would run out in the coming weeks unless the roads reopened. ",
        "Police arrested 23 protesters in Kessel on Saturday after thousands marched against rising fuel prices. "
            + "The Kessel Workers Union condemned the arrests and called for a general strike next month. ",
        "Brandt denied that his government had supplied weapons to the River Brigades, calling the report false. "
            + "The United Nations urged both sides to allow humanitarian access to Arlen and pledged $12 million in emergency aid. ",
        "Two days ago, gunmen ambushed a convoy on the Arlen road, kidnapping five engineers, the ministry said. "
            + "No group claimed the attack, but officials blamed the River Brigades, who have abducted workers before. ",
        "The Delta Front rejected an offer of a ceasefire from Holt last week, saying the terms would force it to disarm without guarantees. "
            + "Holt threatened to expand the offensive if the group did not release the hostages by the end of the month. ",
        "Observers from the United Nations will visit Kessel in May to review the border agreement signed by Holt and Brandt. "
            + "Critics say the agreement could collapse if the River Brigades expand into the mining districts. ",
        "In Arlen, residents said the bombing had destroyed a school and a clinic. "
            + "The Delta Front has vowed to retaliate, and the army deployed additional troops to the district on Sunday. ",
    ];

    private static readonly (string Id, EntityType Type, string[] Names)[] Cast =
    [
        ("leader:holt", EntityType.Leader, ["President Mara Holt", "Holt"]),
        ("leader:brandt", EntityType.Leader, ["Foreign Minister Ivo Brandt", "Brandt"]),
        ("group:delta", EntityType.Group, ["Delta Front"]),
        ("group:river", EntityType.Group, ["River Brigades"]),
        ("group:union", EntityType.Group, ["Kessel Workers Union"]),
        ("group:un", EntityType.Group, ["United Nations"]),
        ("place:arlen", EntityType.Place, ["Arlen"]),
        ("place:kessel", EntityType.Place, ["Kessel"]),
    ];

    private readonly RuleEventExtractor extractor = new();
    private LearnedEventExtractor learned = null!;
    private NominalMentionFinder nominals = null!;
    private Document document = null!;
    private IReadOnlyList<Entity> entities = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        for (var round = 0; WordCount(text) < 1_000; round++)
        {
            for (var i = 0; i < Paragraphs.Length; i++)
            {
                text.AppendFormat(CultureInfo.InvariantCulture, Paragraphs[i], 1 + ((round * Paragraphs.Length) + i) % 28).Append('\n');
            }
        }

        learned = new LearnedEventExtractor(EventModel.Load(Path.Combine(AppContext.BaseDirectory, "models", "events")));
        document = SentenceSplitter.Analyze(text.ToString());
        nominals = new NominalMentionFinder(GroupNounLexicon.Load(Path.Combine(AppContext.BaseDirectory, Gazetteer.DefaultFolder)));
        var mentions = Cast.SelectMany(spec => Mentions(document.Text, spec)).Concat(nominals.FindMentions(document)).ToList();
        entities = new EntityLinker(new Gazetteer([], new HashSet<string>())).Link(document, mentions);
    }

    [Benchmark]
    public int FindNominalMentionsInAThousandWordArticle() => nominals.FindMentions(document).Count;

    [Benchmark]
    public int ExtractEventsFromAThousandWordArticle() => extractor.Extract(document, entities, new DateOnly(2025, 3, 20)).Count;

    [Benchmark]
    public int ExtractLearnedEventsFromAThousandWordArticle() => learned.Extract(document, entities, new DateOnly(2025, 3, 20)).Count;

    private static int WordCount(StringBuilder text) => text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Whole-word occurrences of the entity's names, longest name first, as tagger mentions (the linker joins them by name).</summary>
    private static List<Mention> Mentions(string text, (string Id, EntityType Type, string[] Names) spec)
    {
        var mentions = new List<Mention>();
        foreach (var name in spec.Names.OrderByDescending(n => n.Length))
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if (mentions.Exists(m => m.Start < end && at < m.End)) continue;
                mentions.Add(new Mention(at, end, name, spec.Type, MentionSource.Tagger, 1.0));
            }
        }

        return [.. mentions.OrderBy(m => m.Start)];
    }
}
