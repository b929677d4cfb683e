using Extractor.Core.Gazetteers;

namespace Extractor.Core.Entities;

/// <summary>The mentions gathered for one entity while an article is being linked.</summary>
internal sealed class EntityCluster
{
    public EntityCluster(EntityType type, GazetteerEntry? entry)
    {
        Type = type;
        Entry = entry;
    }

    public EntityType Type { get; set; }

    public GazetteerEntry? Entry { get; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>The gazetteer name, else the longest name the article uses.</summary>
    public string Name => Entry?.Name ?? MentionNames.OrderByDescending(text => text.Length).First();

    /// <summary>Every name the entity goes by: gazetteer names and the article's spellings, not "the cartel".</summary>
    public IEnumerable<string> Names =>
        Entry is null ? MentionNames : Entry.Aliases.Prepend(Entry.Name).Concat(MentionNames);

    public IEnumerable<string> MentionNames =>
        Mentions.Where(mention => mention.Source != MentionSource.Alias).Select(mention => mention.Text);

    /// <summary>Named only by phrases such as "armed men": the entity is local to its article.</summary>
    public bool IsNominal => Entry is null && Mentions.All(mention => mention.Source == MentionSource.Nominal);

    public int FirstOffset => Mentions.Min(mention => mention.Start);
}
