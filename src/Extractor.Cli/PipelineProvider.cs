using System.Text.RegularExpressions;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Cli;

/// <summary>
/// The pipeline the commands use. This version is a placeholder built from deliberately simple rules
/// (capitalised spans, one entity per spelling, a small trigger lexicon) so the store and the demo
/// can run end to end; the real gazetteer, tagger, linker and event extractor replace it.
/// </summary>
internal static partial class PipelineProvider
{
    public static ArticlePipeline Default { get; } =
        new([new CapitalizedSpanFinder()], new SameNameLinker(), new TriggerWordExtractor(), "placeholder-rules-0.1");

    [GeneratedRegex(@"\b[A-Z][\p{L}'’.-]*(?:\s+(?:de|del|la|of)?\s*[A-Z][\p{L}'’.-]*)*")]
    private static partial Regex CapitalizedSpan();

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "President", "Minister", "General", "Commander", "Senator", "Governor" };
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "near", "from", "to" };

    private static readonly Dictionary<string, PloverType> Triggers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["airstrike"] = PloverType.Assault,
        ["attack"] = PloverType.Assault,
        ["attacked"] = PloverType.Assault,
        ["killed"] = PloverType.Assault,
        ["protest"] = PloverType.Protest,
        ["agreed"] = PloverType.Agree,
        ["negotiations"] = PloverType.Consult,
        ["talks"] = PloverType.Consult,
        ["met"] = PloverType.Consult,
        ["arrested"] = PloverType.Coerce,
        ["accused"] = PloverType.Accuse,
        ["threatened"] = PloverType.Threaten,
        ["froze"] = PloverType.Retreat,
    };

    private sealed class CapitalizedSpanFinder : IMentionFinder
    {
        public IReadOnlyList<Mention> FindMentions(Document document)
        {
            var mentions = new List<Mention>();
            foreach (Match match in CapitalizedSpan().Matches(document.Text))
            {
                var text = match.Value.TrimEnd('.', '-');
                var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var sentence = document.SentenceAt(match.Index);
                var atSentenceStart = sentence >= 0 && document.Sentences[sentence].Start == match.Index;
                if (Titles.Contains(words[0]) && words.Length > 1)
                {
                    var name = string.Join(' ', words[1..]);
                    var start = match.Index + text.IndexOf(name, StringComparison.Ordinal);
                    mentions.Add(new Mention(start, start + name.Length, name, EntityType.Leader, MentionSource.Tagger, 0.6, words[0]));
                }
                else if (!(atSentenceStart && words.Length == 1) && text.Length > 1)
                {
                    mentions.Add(new Mention(match.Index, match.Index + text.Length, text, TypeOf(document.Text, match.Index, text), MentionSource.Tagger, 0.4));
                }
            }

            return mentions;
        }

        private static EntityType TypeOf(string text, int start, string span)
        {
            if (span.Length > 1 && span.All(c => char.IsUpper(c) || !char.IsLetter(c))) return EntityType.Group;
            var before = text[..start].TrimEnd();
            var previous = before[(before.LastIndexOf(' ') + 1)..];
            return PlacePrepositions.Contains(previous) ? EntityType.Place : EntityType.Person;
        }
    }

    private sealed class SameNameLinker : IEntityLinker
    {
        public IReadOnlyList<Entity> Link(Document document, IReadOnlyList<Mention> mentions) =>
            mentions.GroupBy(mention => (mention.Text, mention.Type))
                .Select(group => new Entity(
                    $"{group.Key.Type.ToString().ToLowerInvariant()}:{group.Key.Text.ToLowerInvariant().Replace(' ', '-')}",
                    group.Key.Text, group.Key.Type, [], group.ToList(), group.Max(mention => mention.Confidence)))
                .ToList();
    }

    private sealed class TriggerWordExtractor : IEventExtractor
    {
        public IReadOnlyList<Event> Extract(Document document, IReadOnlyList<Entity> entities, DateOnly? published)
        {
            var events = new List<Event>();
            foreach (var sentence in document.Sentences)
            {
                for (var index = sentence.FirstToken; index < sentence.EndToken; index++)
                {
                    if (!Triggers.TryGetValue(document.TokenText(index), out var type)) continue;
                    var trigger = document.Tokens[index];
                    var inSentence = entities.SelectMany(entity => entity.Mentions.Select(mention => (entity, mention)))
                        .Where(pair => pair.mention.Start >= sentence.Start && pair.mention.End <= sentence.End)
                        .OrderBy(pair => pair.mention.Start)
                        .ToList();
                    var actors = inSentence.Where(pair => pair.mention.End <= trigger.Start && pair.entity.Type != EntityType.Place).Select(pair => pair.entity.Id).Distinct().Take(1).ToList();
                    var targets = inSentence.Where(pair => pair.mention.Start >= trigger.End && pair.entity.Type != EntityType.Place).Select(pair => pair.entity.Id).Distinct().Take(1).ToList();
                    var place = inSentence.Where(pair => pair.entity.Type == EntityType.Place).Select(pair => pair.entity.Id).FirstOrDefault();
                    events.Add(new Event(
                        $"ev-{trigger.Start}", type, null, document.TokenText(index), trigger.Start, trigger.End, actors, targets, place,
                        null, EventStatus.Occurred, Quantities.None,
                        new Evidence(sentence.Start, sentence.End, document.Slice(sentence.Start, sentence.End)), 0.3));
                    break;
                }
            }

            return events;
        }
    }
}
