using System.Text;
using Extractor.Data.Model;

namespace Extractor.Ingest.Fetching;

/// <summary>Writes parsed robots.txt rules to the database form (<see cref="StoredRobots"/>) and back.</summary>
public static class RobotsRulesText
{
    public static StoredRobots Store(CachedRobots robots)
    {
        ArgumentNullException.ThrowIfNull(robots);
        var text = new StringBuilder();
        foreach (var rule in robots.Rules.Rules)
        {
            text.Append(rule.Allow ? 'A' : 'D').Append(' ').Append(rule.Pattern).Append('\n');
        }

        return new StoredRobots(text.ToString(), (long?)robots.Rules.CrawlDelay?.TotalMilliseconds, robots.Expires);
    }

    public static RobotsRules Load(StoredRobots stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var rules = stored.Rules.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => new RobotsRule(line[0] == 'A', line[2..]))
            .ToList();
        return new RobotsRules(rules, stored.CrawlDelayMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null);
    }
}
