using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Extractor.Core.Html;

/// <summary>
/// Turns page bytes into text: byte-order mark first, then the charset the server declared, then the
/// one the page declares in a meta tag, else UTF-8 (windows-1252 when the bytes are not valid UTF-8).
/// Rejects input that is empty or binary.
/// </summary>
public static partial class HtmlDecoder
{
    private const int SniffLength = 4096;

    static HtmlDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(byte[] bytes, string source, string? declaredCharset)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var (bomEncoding, bomLength) = FromByteOrderMark(bytes);
        if (bomEncoding is null)
        {
            RejectBinary(bytes, source);
        }

        var encoding = bomEncoding
            ?? FromName(declaredCharset)
            ?? FromName(SniffMetaCharset(bytes))
            ?? (Utf8.IsValid(bytes) ? Encoding.UTF8 : Encoding.GetEncoding(1252));
        var text = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        if (text.AsSpan().IndexOf('<') < 0)
        {
            throw new ArticleParseException($"{source}: not an HTML page (no markup)");
        }

        return text;
    }

    /// <summary>Maps a charset label to an encoding; labels HTML treats as windows-1252 become it.</summary>
    public static Encoding? FromName(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var label = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (label is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1")
        {
            label = "windows-1252";
        }

        try
        {
            var encoding = Encoding.GetEncoding(label);
            // A page that says UTF-16 in a meta tag was necessarily decoded as ASCII-compatible to be read.
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding? Encoding, int Length) FromByteOrderMark(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static void RejectBinary(byte[] bytes, string source)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, SniffLength));
        if (head.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new ArticleParseException($"{source}: not an HTML page (empty content)");
        }

        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            throw new ArticleParseException($"{source}: not an HTML page (binary content: NUL bytes)");
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D))
            {
                controls++;
            }
        }

        if (controls * 100 > head.Length)
        {
            throw new ArticleParseException($"{source}: not an HTML page (binary content: control bytes)");
        }
    }

    private static string? SniffMetaCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4 * SniffLength));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[\w:.-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
