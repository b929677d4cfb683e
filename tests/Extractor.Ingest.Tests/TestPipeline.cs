using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Ingest.Tests;

/// <summary>
/// A small but real pipeline for the job tests: every capitalised token not opening a sentence is a
/// group mention, one entity per spelling, and each sentence with "attacked" is an assault.
/// </summary>
public static class TestPipeline
{
    public static ArticlePipeline Create() => new([new CapitalizedTokens()], new OneEntityPerSpelling(), new AttackedSentences(), "ingest-test-1");

    private sealed class CapitalizedTokens : IMentionFinder
    {
        public IReadOnlyList<Mention> FindMentions(Document document) =>
            document.Sentences.SelectMany(sentence => Enumerable.Range(sentence.FirstToken + 1, Math.Max(0, sentence.TokenCount - 1)))
                .Where(index => char.IsUpper(document.Text[document.Tokens[index].Start]))
                .Select(index => new Mention(document.Tokens[index].Start, document.Tokens[index].End, document.TokenText(index), EntityType.Group, MentionSource.Tagger, 0.5))
                .ToList();
    }

    private sealed class OneEntityPerSpelling : IEntityLinker
    {
        public IReadOnlyList<Entity> Link(Document document, IReadOnlyList<Mention> mentions) =>
            mentions.GroupBy(mention => mention.Text)
                .Select(group => new Entity("group:" + group.Key.ToLowerInvariant(), group.Key, EntityType.Group, [], group.ToList(), 0.5))
                .ToList();
    }

    private sealed class AttackedSentences : IEventExtractor
    {
        public IReadOnlyList<Event> Extract(Document document, IReadOnlyList<Entity> entities, DateOnly? published) =>
            document.Sentences
                .Select(sentence => (sentence, trigger: document.Text.IndexOf("attacked", sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal)))
                .Where(found => found.trigger >= 0)
                .Select(found => new Event(
                    $"ev-{found.trigger}", PloverType.Assault, null, "attacked", found.trigger, found.trigger + "attacked".Length,
                    entities.Where(entity => entity.Mentions.Any(m => m.End <= found.trigger && m.Start >= found.sentence.Start)).Select(entity => entity.Id).ToList(),
                    entities.Where(entity => entity.Mentions.Any(m => m.Start > found.trigger && m.End <= found.sentence.End)).Select(entity => entity.Id).ToList(),
                    null, null, EventStatus.Occurred, Quantities.None,
                    new Evidence(found.sentence.Start, found.sentence.End, document.Slice(found.sentence.Start, found.sentence.End)), 0.5))
                .ToList();
    }
}
