using Extractor.Core.Entities;

namespace Extractor.Core.Tests.Events;

/// <summary>
/// Builds entities by hand for event tests: every whole-word occurrence of any of an entity's names
/// in the text becomes a mention, longer names first, so the tests do not depend on the tagger.
/// </summary>
internal static class TestEntities
{
    public static IReadOnlyList<Entity> Find(string text, params (string Id, EntityType Type, string[] Names)[] specs)
    {
        var taken = new List<(int Start, int End)>();
        var mentions = specs.Select(_ => new List<Mention>()).ToArray();
        var names = specs.SelectMany((spec, index) => spec.Names.Select(name => (Name: name, Index: index)))
            .OrderByDescending(n => n.Name.Length);
        foreach (var (name, index) in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if (!IsWordBoundary(text, at - 1) || !IsWordBoundary(text, end)) continue;
                if (taken.Exists(t => t.Start < end && at < t.End)) continue;
                taken.Add((at, end));
                mentions[index].Add(new Mention(at, end, name, specs[index].Type, MentionSource.Gazetteer, 1.0));
            }
        }

        return specs.Select((spec, index) => new Entity(
            spec.Id, spec.Names[0], spec.Type, spec.Names, [.. mentions[index].OrderBy(m => m.Start)], 1.0)).ToList();
    }

    private static bool IsWordBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
