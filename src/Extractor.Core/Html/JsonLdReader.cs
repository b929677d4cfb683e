using System.Text.Json;

namespace Extractor.Core.Html;

/// <summary>
/// Finds the article object among a page's JSON-LD blocks (top level, arrays and <c>@graph</c>);
/// blocks that are not valid JSON are skipped, as browsers and crawlers do.
/// </summary>
public static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static JsonLdArticle? Read(IEnumerable<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        JsonLdArticle? best = null;
        foreach (var block in blocks)
        {
            try
            {
                using var document = JsonDocument.Parse(block, Options);
                foreach (var article in ArticleObjects(document.RootElement, depth: 0))
                {
                    var candidate = ToArticle(article);
                    if (best is null || Completeness(candidate) > Completeness(best))
                    {
                        best = candidate;
                    }
                }
            }
            catch (JsonException)
            {
                // A malformed block says nothing reliable; other blocks may still.
            }
        }

        return best;
    }

    private static int Completeness(JsonLdArticle article) =>
        (article.ArticleBody is null ? 0 : 4) + (article.DatePublished is null ? 0 : 2) + (article.Headline is null ? 0 : 1);

    private static IEnumerable<JsonElement> ArticleObjects(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            yield break;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var found in ArticleObjects(item, depth + 1))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (IsArticleType(element))
            {
                yield return element;
            }

            foreach (var nested in new[] { "@graph", "mainEntity", "mainEntityOfPage" })
            {
                if (element.TryGetProperty(nested, out var child))
                {
                    foreach (var found in ArticleObjects(child, depth + 1))
                    {
                        yield return found;
                    }
                }
            }
        }
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null)
            : [type.ValueKind == JsonValueKind.String ? type.GetString() : null];
        return types.Any(t => t is not null
            && (t.EndsWith("Article", StringComparison.OrdinalIgnoreCase)
                || t.EndsWith("BlogPosting", StringComparison.OrdinalIgnoreCase)
                || t.Equals("Report", StringComparison.OrdinalIgnoreCase)));
    }

    private static JsonLdArticle ToArticle(JsonElement article) => new(
        Text(article, "headline") ?? Text(article, "name"),
        Text(article, "datePublished") ?? Text(article, "dateCreated"),
        article.TryGetProperty("author", out var author) ? Names(author).Distinct().ToList() : [],
        Text(article, "articleBody"),
        Text(article, "inLanguage"),
        article.TryGetProperty("isAccessibleForFree", out var free) ? Flag(free) : null);

    private static string? Text(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            value = value[0];
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static IEnumerable<string> Names(JsonElement author)
    {
        switch (author.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(author.GetString()):
                yield return author.GetString()!.Trim();
                break;
            case JsonValueKind.Object when Text(author, "name") is { } name:
                yield return name;
                break;
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    foreach (var name in Names(item))
                    {
                        yield return name;
                    }
                }

                break;
        }
    }

    private static bool? Flag(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString()?.Trim().ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        },
        _ => null,
    };
}
