namespace Extractor.Ingest.Fetching;

/// <summary>The robots.txt rules that apply to our product token on one host.</summary>
public sealed record RobotsRules(IReadOnlyList<RobotsRule> Rules, TimeSpan? CrawlDelay)
{
    public static readonly RobotsRules AllowAll = new([], null);

    /// <summary>RFC 9309 §2.3.1.4: a server error means the crawler must assume it may fetch nothing.</summary>
    public static readonly RobotsRules DisallowAll = new([new RobotsRule(false, "/")], null);

    /// <summary>Longest matching pattern wins; on a tie the allow rule wins (RFC 9309 §2.2.2).</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        if (pathAndQuery.Equals("/robots.txt", StringComparison.Ordinal))
        {
            return true;
        }

        RobotsRule? best = null;
        foreach (var rule in Rules)
        {
            if (!rule.Matches(pathAndQuery))
            {
                continue;
            }

            if (best is null || rule.Pattern.Length > best.Pattern.Length
                || (rule.Pattern.Length == best.Pattern.Length && rule.Allow && !best.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }
}
