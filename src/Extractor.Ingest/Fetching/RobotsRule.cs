namespace Extractor.Ingest.Fetching;

/// <summary>One allow or disallow line of a robots.txt group; the pattern may use <c>*</c> and a trailing <c>$</c>.</summary>
public sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>Whether the pattern matches the start of <paramref name="pathAndQuery"/> (or all of it, with <c>$</c>).</summary>
    /// <remarks>
    /// Greedy wildcard matching that only ever returns to the last <c>*</c>, so a hostile pattern full of
    /// stars costs at most pattern × path steps instead of exponential backtracking.
    /// </remarks>
    public bool Matches(string pathAndQuery)
    {
        var pattern = Pattern.EndsWith('$') ? Pattern[..^1] : Pattern + "*";
        int p = 0, s = 0, lastStar = -1, resumeAt = 0;
        while (s < pathAndQuery.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                lastStar = p++;
                resumeAt = s;
            }
            else if (p < pattern.Length && pattern[p] == pathAndQuery[s])
            {
                p++;
                s++;
            }
            else if (lastStar >= 0)
            {
                p = lastStar + 1;
                s = ++resumeAt;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
