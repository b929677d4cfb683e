using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Extractor.Core.Html;

/// <summary>
/// What class names, ids, roles and tags say about an element: whether it is page furniture
/// (navigation, sharing, comments, promotions) or likely article content.
/// </summary>
public static partial class BoilerplateHints
{
    private static readonly HashSet<string> BlockTags =
    [
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul",
    ];

    private static readonly HashSet<string> NeverContentTags =
    [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "textarea",
        "select", "button", "link", "meta",
    ];

    private static readonly HashSet<string> FurnitureRoles =
    [
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search",
    ];

    public static bool IsBlock(IElement element) => BlockTags.Contains(element.LocalName);

    /// <summary>Elements whose text is never article text: scripts, styles, embedded objects, controls.</summary>
    public static bool IsNeverContent(IElement element) => NeverContentTags.Contains(element.LocalName);

    /// <summary>Hidden with the <c>hidden</c> attribute or an inline style; browsers never show it.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    /// <summary>Names and roles that mark furniture, unless the same names also claim article content.</summary>
    public static bool IsUnlikelyCandidate(IElement element)
    {
        if (element.LocalName is "body" or "a" or "article" or "main")
        {
            return false;
        }

        var role = element.GetAttribute("role");
        if (role is not null && FurnitureRoles.Contains(role))
        {
            return true;
        }

        var names = Names(element);
        return names.Length > 0 && Unlikely().IsMatch(names) && !MaybeContent().IsMatch(names);
    }

    /// <summary>+25 for names that speak of article content, -25 for names of furniture (either or both).</summary>
    public static int ClassWeight(IElement element)
    {
        var weight = 0;
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            if (Negative().IsMatch(name))
            {
                weight -= 25;
            }

            if (Positive().IsMatch(name))
            {
                weight += 25;
            }
        }

        return weight;
    }

    /// <summary>Names of blocks that are never article text, even inside the article container, except embedded posts.</summary>
    public static bool IsFurnitureInsideContent(IElement element)
    {
        var names = Names(element);
        return names.Length > 0 && Furniture().IsMatch(names) && !EmbeddedPost().IsMatch(names);
    }

    /// <summary>Posts quoted from social networks (tweets and the like) are part of the story.</summary>
    public static bool IsEmbeddedPost(IElement element) => EmbeddedPost().IsMatch(Names(element));

    private static string Names(IElement element) => $"{element.ClassName} {element.Id}".Trim();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(
        @"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|share|promo|recirc|trending|most-popular|cookie|consent|modal|signup|subscribe|outbrain|taboola",
        RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|embed", RegexOptions.IgnoreCase)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(
        @"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget",
        RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(
        @"(?:^|[\s_-])(?:share|sharing|social|newsletter|related|recommend\w*|promo\w*|comments?|subscribe|signup|outbrain|taboola|advert\w*|ad-slot|ad-container|byline|author-bio|tags?|caption|credit)(?:$|[\s_-])",
        RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"embed|tweet", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedPost();
}
