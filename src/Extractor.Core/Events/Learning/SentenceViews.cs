using Extractor.Core.Entities;
using Extractor.Core.Events.Rules;
using Extractor.Core.Text;

namespace Extractor.Core.Events.Learning;

/// <summary>The event rules' view of every sentence of a document, with the entity mentions it holds.</summary>
internal static class SentenceViews
{
    public static List<SentenceView> Build(Document document, IReadOnlyList<Entity> entities)
    {
        var mentions = entities.SelectMany(e => e.Mentions.Select(m => (Mention: m, Entity: e))).OrderBy(p => p.Mention.Start).ToList();
        var descriptors = new DescriptorMap(document, mentions);
        var views = new List<SentenceView>(document.Sentences.Count);
        var cursor = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            while (cursor < mentions.Count && mentions[cursor].Mention.End <= sentence.Start) cursor++;
            var inSentence = new List<(Mention, Entity)>();
            for (var m = cursor; m < mentions.Count && mentions[m].Mention.Start < sentence.End; m++) inSentence.Add(mentions[m]);
            views.Add(new SentenceView(document, s, inSentence, descriptors));
        }

        return views;
    }

    /// <summary>The lexicon match starting at each token, and the tokens a longer match covers after its first.</summary>
    public static (Dictionary<int, TriggerMatch> Starts, HashSet<int> Inside) LexiconMatches(SentenceView view)
    {
        var starts = new Dictionary<int, TriggerMatch>();
        var inside = new HashSet<int>();
        foreach (var match in TriggerFinder.Find(view))
        {
            starts.TryAdd(match.First, match);
            for (var k = match.First + 1; k <= Math.Max(match.Last, match.ObjectToken); k++) inside.Add(k);
        }

        return (starts, inside);
    }

    public static bool IsWord(SentenceView view, int t) => view.Lower(t) is { Length: > 0 } word && char.IsLetter(word[0]);
}
