namespace Extractor.Core.Html;

/// <summary>Text length and comma counts of text as a reader sees it.</summary>
public static class TextMeasures
{
    /// <summary>Length of the text with runs of whitespace counted once.</summary>
    public static int VisibleLength(string text)
    {
        var length = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    length++;
                    inSpace = true;
                }
            }
            else
            {
                length++;
                inSpace = false;
            }
        }

        return inSpace && length > 0 ? length - 1 : length;
    }

    public static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、')
            {
                count++;
            }
        }

        return count;
    }
}
