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
    public string Name => Entry?.Name ?? Mentions.Select(mention => mention.Text).OrderByDescending(text => text.Length).First();

    public IEnumerable<string> Names =>
        Entry is null ? Mentions.Select(mention => mention.Text) : Entry.Aliases.Prepend(Entry.Name).Concat(Mentions.Select(mention => mention.Text));

    public int FirstOffset => Mentions.Min(mention => mention.Start);
}
