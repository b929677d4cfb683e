namespace Extractor.Core.Articles;

/// <summary>
/// Reads a plain-text article: the first non-empty line is the title, the rest is the body
/// (the CLI contract's <c>.txt</c> input).
/// </summary>
public static class PlainTextArticleReader
{
    public static Article Read(string content, string source, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        var position = 0;
        string? title = null;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text[position..lineEnd].Trim();
            position = Math.Min(lineEnd + 1, text.Length);
            if (line.Length > 0)
            {
                title = line;
                break;
            }
        }

        var body = text[position..].Trim();
        return new Article(source, title, published, [], "en", body);
    }
}
