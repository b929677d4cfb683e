using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Extractor.Core.Html;

/// <summary>
/// Tells an article from a page that stands in front of one (consent wall, captcha, access denied,
/// paywall) or a page without an article. Such pages have little body text, so the wording of a
/// wall only counts when the extracted body is short.
/// </summary>
public static partial class PageClassifier
{
    private const int ShortBody = 1000;
    private const int MinArticleBody = 300;

    public static PageKind Classify(string bodyText, string? title, IElement body, JsonLdArticle? jsonLd)
    {
        ArgumentNullException.ThrowIfNull(bodyText);
        ArgumentNullException.ThrowIfNull(body);
        if (bodyText.Length >= ShortBody)
        {
            return PageKind.Article;
        }

        var pageText = body.TextContent;
        if (BlockedWording().IsMatch(title ?? string.Empty) || BlockedWording().IsMatch(pageText))
        {
            return PageKind.Blocked;
        }

        if (jsonLd?.IsAccessibleForFree == false || PaywallWording().IsMatch(pageText))
        {
            return PageKind.Paywall;
        }

        return bodyText.Length < MinArticleBody ? PageKind.NotArticle : PageKind.Article;
    }

    [GeneratedRegex(
        @"captcha|are you a robot|not a robot|verify (?:that )?you are (?:a )?human|access denied|access to this page has been denied|attention required|checking your browser|enable (?:javascript and )?cookies|we value your privacy|cookie consent|manage (?:your )?(?:cookie|privacy) (?:settings|preferences)|before you continue",
        RegexOptions.IgnoreCase)]
    private static partial Regex BlockedWording();

    [GeneratedRegex(
        @"subscribe (?:now )?to (?:continue|keep) reading|subscribers? only|already a subscriber|to continue reading|this (?:article|content) is (?:only )?(?:available|reserved) (?:to|for) (?:subscribers|members)|create a free account to (?:continue|read)",
        RegexOptions.IgnoreCase)]
    private static partial Regex PaywallWording();
}
