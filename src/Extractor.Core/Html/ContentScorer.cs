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
    private const int TopCandidates = 5;
    private const int MinSharedCandidates = 3;
    private const int MaxProseClimb = 10;
    private const double ProseGrowth = 1.5;
    private const double MaxClimbLinkDensity = 0.2;

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
        foreach (var (candidate, score) in scores.ToList())
        {
            scores[candidate] = score * (1 - statistics[candidate].LinkDensity);
        }

        var ranked = scores.OrderByDescending(pair => pair.Value).Take(TopCandidates).Select(pair => pair.Key).ToList();
        if (ranked.Count == 0 || ranked[0] == body)
        {
            return [body];
        }

        var top = ClimbToSharedAncestor(ranked, body);
        top = ClimbWhileParentHoldsMoreProse(top, body);
        return WithSiblings(top, scores.GetValueOrDefault(top));
    }

    /// <summary>
    /// An article cut into sections by figures or pull quotes yields several good candidates; when
    /// enough of them sit under one ancestor of the best, that ancestor holds the whole article.
    /// </summary>
    private IElement ClimbToSharedAncestor(List<IElement> ranked, IElement body)
    {
        var top = ranked[0];
        var topScore = scores[top];
        var alternatives = ranked.Skip(1).Where(candidate => scores[candidate] / topScore >= 0.75).ToList();
        if (alternatives.Count < MinSharedCandidates)
        {
            return top;
        }

        for (var ancestor = top.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
        {
            var contained = alternatives.Count(candidate => ancestor.Contains(candidate));
            if (contained >= MinSharedCandidates)
            {
                return ancestor;
            }
        }

        return top;
    }

    /// <summary>
    /// Parents get only a share of their paragraphs' score, so an article split over sibling sections
    /// leaves the best section on top; climb while the parent holds much more prose than the child.
    /// </summary>
    private IElement ClimbWhileParentHoldsMoreProse(IElement top, IElement body)
    {
        var best = top;
        var ancestor = top.ParentElement;
        for (var level = 0; level < MaxProseClimb && ancestor is not null && ancestor != body; level++, ancestor = ancestor.ParentElement)
        {
            var measured = statistics[ancestor];
            if (measured.ParagraphTextLength >= ProseGrowth * statistics[best].ParagraphTextLength
                && measured.LinkDensity <= MaxClimbLinkDensity)
            {
                best = ancestor;
            }
        }

        return best;
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
