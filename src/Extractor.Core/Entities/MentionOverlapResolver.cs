namespace Extractor.Core.Entities;

/// <summary>
/// Keeps one mention per stretch of text when finders disagree: the longer span wins, and for the
/// same span the gazetteer's (which knows the entity's identity) over the tagger's; a tagger span
/// that only adds lower-case words to a gazetteer name yields to it. A government
/// phrase and the country inside it ("Colombia's government") are both kept: they name two entities.
/// </summary>
public static class MentionOverlapResolver
{
    public static IReadOnlyList<Mention> Resolve(IEnumerable<Mention> mentions)
    {
        var all = mentions.ToList();
        var gazetteer = all.Where(mention => mention.Source == MentionSource.Gazetteer).ToList();
        var kept = new List<Mention>();
        var ordered = all
            .Where(mention => !WidensAKnownName(mention, gazetteer))
            .OrderByDescending(mention => mention.End - mention.Start)
            .ThenBy(mention => mention.Source == MentionSource.Gazetteer ? 0 : 1)
            .ThenByDescending(mention => mention.Confidence);
        foreach (var mention in ordered)
        {
            var clash = kept.FirstOrDefault(other => Overlaps(other, mention) && IsGovernment(other) == IsGovernment(mention));
            if (clash is null)
            {
                kept.Add(mention);
            }
            else if (clash.Start == mention.Start && clash.End == mention.End && clash.Cue is null && mention.Cue is not null)
            {
                kept[kept.IndexOf(clash)] = clash with { Cue = mention.Cue };
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>
    /// A tagger span that only adds lower-case words to a gazetteer name ("ELN guerrillas") names the
    /// same thing, so the gazetteer's span and identity are kept.
    /// </summary>
    private static bool WidensAKnownName(Mention mention, List<Mention> gazetteer)
    {
        if (mention.Source == MentionSource.Gazetteer) return false;
        foreach (var known in gazetteer)
        {
            if (known.Start < mention.Start || known.End > mention.End || known.End - known.Start == mention.End - mention.Start) continue;
            var before = mention.Text[..(known.Start - mention.Start)];
            var after = mention.Text[(known.End - mention.Start)..];
            if (!before.Any(char.IsUpper) && !after.Any(char.IsUpper)) return true;
        }

        return false;
    }

    private static bool Overlaps(Mention a, Mention b) => a.Start < b.End && b.Start < a.End;

    private static bool IsGovernment(Mention mention) => mention.GazetteerId?.StartsWith("gov:", StringComparison.Ordinal) == true;
}
