namespace Extractor.Core.Ner;

/// <summary>A tagged entity as token indexes: [Start, End) of type PER/ORG/LOC/MISC.</summary>
public readonly record struct EntitySpan(int Start, int End, string Type)
{
    /// <summary>
    /// Reads spans the way conlleval does: a span starts at B-X, or at I-X that does not continue a
    /// span of type X, and runs over the I-X tags that follow.
    /// </summary>
    public static List<EntitySpan> FromTags(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<EntitySpan>();
        var t = 0;
        while (t < tags.Count)
        {
            var type = NerTags.TypeOf(tags[t]);
            if (type is null)
            {
                t++;
                continue;
            }

            var end = t + 1;
            while (end < tags.Count && NerTags.IsInside(tags[end]) && NerTags.TypeOf(tags[end]) == type) end++;
            spans.Add(new EntitySpan(t, end, type));
            t = end;
        }

        return spans;
    }
}
