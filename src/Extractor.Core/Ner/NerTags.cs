namespace Extractor.Core.Ner;

/// <summary>The BIO tag set of the tagger: O plus B-/I- for PER, ORG, LOC and MISC, in a fixed order.</summary>
public static class NerTags
{
    public const string Outside = "O";

    public static readonly IReadOnlyList<string> Types = ["PER", "ORG", "LOC", "MISC"];

    public static readonly IReadOnlyList<string> All = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static int IndexOf(string tag)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == tag) return i;
        }

        throw new ArgumentException($"Unknown NER tag '{tag}'.", nameof(tag));
    }

    /// <summary>The entity type of a tag ("B-PER" → "PER"), or null for O.</summary>
    public static string? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;

    public static bool IsInside(string tag) => tag.StartsWith("I-", StringComparison.Ordinal);

    /// <summary>
    /// BIO constraint: an I- tag may only continue a B- or I- tag of the same type; every other
    /// transition is allowed. <paramref name="previous"/> is null at the start of a sentence.
    /// </summary>
    public static bool CanFollow(string? previous, string tag) =>
        !IsInside(tag) || (previous is not null && TypeOf(previous) == TypeOf(tag));
}
