namespace Extractor.Ingest.Fetching;

/// <summary>One allow or disallow line of a robots.txt group; the pattern may use <c>*</c> and a trailing <c>$</c>.</summary>
public sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>Whether the pattern matches the start of <paramref name="pathAndQuery"/> (or all of it, with <c>$</c>).</summary>
    public bool Matches(string pathAndQuery)
    {
        var anchored = Pattern.EndsWith('$');
        var pattern = anchored ? Pattern[..^1] : Pattern;
        return MatchFrom(pattern, 0, pathAndQuery, 0, anchored);
    }

    private static bool MatchFrom(string pattern, int p, string path, int s, bool anchored)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                while (p < pattern.Length && pattern[p] == '*')
                {
                    p++;
                }

                if (p == pattern.Length)
                {
                    return true;
                }

                for (var start = s; start <= path.Length; start++)
                {
                    if (MatchFrom(pattern, p, path, start, anchored))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s >= path.Length || pattern[p] != path[s])
            {
                return false;
            }

            p++;
            s++;
        }

        return !anchored || s == path.Length;
    }
}
