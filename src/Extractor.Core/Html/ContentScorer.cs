using AngleSharp.Dom;

namespace Extractor.Core.Html;

/// <summary>
/// Finds the element that holds the article body by scoring text blocks (length, commas) and
/// crediting their ancestors, discounted by link density and class hints; then takes the
/// top candidate's siblings that score nearly as well or read like prose.
/// </summary>
public sealed class ContentScorer
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;

    private readonly PageStatistics statistics;
    private readonly Func<IElement, bool> isExcluded;
    private readonly bool weighClasses;
    private readonly Dictionary<IElement, double> scores = [];

    /// <param name="statistics">Text and link lengths of the page's elements.</param>
    /// <param name="isExcluded">Subtrees that never count (hidden, furniture).</param>
    /// <param name="weighClasses">Whether class and id names move scores.</param>
    public ContentScorer(PageStatistics statistics, Func<IElement, bool> isExcluded, bool weighClasses)
    {
        this.statistics = statistics;
        this.isExcluded = isExcluded;
        this.weighClasses = weighClasses;
    }

    public IReadOnlyList<IElement> SelectContent(IElement body)
    {
        ArgumentNullException.ThrowIfNull(body);
        ScoreBlocks(body);
        IElement? top = null;
        var topScore = double.MinValue;
        foreach (var (candidate, score) in scores.ToList())
        {
            var adjusted = score * (1 - statistics[candidate].LinkDensity);
            scores[candidate] = adjusted;
            if (adjusted > topScore)
            {
                top = candidate;
                topScore = adjusted;
            }
        }

        if (top is null || top == body)
        {
            return [body];
        }

        return WithSiblings(top, topScore);
    }

    private void ScoreBlocks(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (isExcluded(child))
            {
                continue;
            }

            var text = ParagraphText(child);
            if (text is not null)
            {
                var length = TextMeasures.VisibleLength(text);
                if (length >= MinParagraphLength)
                {
                    Credit(child, 1 + TextMeasures.Commas(text) + Math.Min(length / 100, 3));
                }
            }

            if (child.LocalName is not ("p" or "pre"))
            {
                ScoreBlocks(child);
            }
        }
    }

    /// <summary>The text a block contributes as a paragraph, or null when it is only a container.</summary>
    private static string? ParagraphText(IElement element)
    {
        switch (element.LocalName)
        {
            case "p" or "pre" or "td":
                return element.TextContent;
            case "div" or "section" or "article" or "main":
                if (!element.Children.Any(BoilerplateHints.IsBlock))
                {
                    return element.TextContent;
                }

                var direct = string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data));
                return direct.Length >= MinParagraphLength ? direct : null;
            default:
                return null;
        }
    }

    private void Credit(IElement paragraph, double score)
    {
        var ancestor = paragraph.ParentElement;
        for (var level = 0; level < AncestorLevels && ancestor is not null; level++, ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName is "html")
            {
                break;
            }

            if (!scores.TryGetValue(ancestor, out var current))
            {
                current = InitialScore(ancestor);
            }

            var divider = level switch
            {
                0 => 1.0,
                1 => 2.0,
                _ => level * 3.0,
            };
            scores[ancestor] = current + (score / divider);
        }
    }

    private double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return weighClasses ? score + BoilerplateHints.ClassWeight(element) : score;
    }

    private List<IElement> WithSiblings(IElement top, double topScore)
    {
        var parent = top.ParentElement;
        if (parent is null)
        {
            return [top];
        }

        var threshold = Math.Max(10, topScore * 0.2);
        var content = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                content.Add(sibling);
                continue;
            }

            if (isExcluded(sibling))
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                content.Add(sibling);
            }
            else if (sibling.LocalName == "p" && ReadsLikeProse(sibling, statistics[sibling]))
            {
                content.Add(sibling);
            }
        }

        return content;
    }

    private static bool ReadsLikeProse(IElement paragraph, BlockStatistics measured)
    {
        if (measured.TextLength > 80)
        {
            return measured.LinkDensity < 0.25;
        }

        var trimmed = paragraph.TextContent.TrimEnd();
        return measured.TextLength > 0 && measured.LinkLength == 0
            && (trimmed.EndsWith('.') || trimmed.Contains(". ", StringComparison.Ordinal));
    }
}
