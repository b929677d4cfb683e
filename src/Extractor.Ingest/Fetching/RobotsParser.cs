using System.Globalization;
using System.Text;

namespace Extractor.Ingest.Fetching;

/// <summary>
/// Parses robots.txt as RFC 9309 describes: groups start with one or more user-agent lines, every group
/// naming our product token is merged, and the <c>*</c> groups apply only when none names it.
/// Crawl-delay is not in the RFC but widely used, so it is read from the chosen groups.
/// </summary>
public static class RobotsParser
{
    public static RobotsRules Parse(string content, string productToken)
    {
        var groups = ReadGroups(content);
        var own = groups.Where(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        var chosen = own.Count > 0 ? own : groups.Where(g => g.Agents.Contains("*")).ToList();
        var rules = chosen.SelectMany(g => g.Rules).ToList();
        var delay = chosen.Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null);
        return new RobotsRules(rules, delay);
    }

    /// <summary>The robots.txt product token: the user agent up to its first slash or space.</summary>
    public static string ProductToken(string userAgent)
    {
        var end = userAgent.IndexOfAny(['/', ' ']);
        return end < 0 ? userAgent : userAgent[..end];
    }

    private static List<RobotsGroup> ReadGroups(string content)
    {
        var groups = new List<RobotsGroup>();
        RobotsGroup? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = StripComment(rawLine).Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = new RobotsGroup();
                        groups.Add(current);
                    }

                    current.Agents.Add(ProductToken(value));
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null && value.Length > 0:
                    current.Rules.Add(new RobotsRule(key == "allow", NormalizePattern(value)));
                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
            }

            lastWasAgent = false;
        }

        return groups;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }

    /// <summary>Percent-encodes octets outside US-ASCII so patterns compare with encoded request paths.</summary>
    private static string NormalizePattern(string pattern)
    {
        var builder = new StringBuilder(pattern.Length);
        foreach (var b in Encoding.UTF8.GetBytes(pattern))
        {
            if (b > 0x7F)
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append((char)b);
            }
        }

        return builder.ToString();
    }

    private sealed class RobotsGroup
    {
        public List<string> Agents { get; } = [];

        public List<RobotsRule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }
    }
}
