using System.Text;

namespace Extractor.Ingest.Fetching;

/// <summary>
/// Turns fetched bytes into text. A byte-order mark wins over the header; a declared UTF-8 that is not
/// valid UTF-8 (a common mis-declaration) falls back to windows-1252, as browsers effectively do.
/// </summary>
public static class BodyText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> body, string? declaredCharset)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(body[3..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(body[2..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(body[2..]);
        }

        var declared = Resolve(declaredCharset);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return declared.GetString(body);
        }

        return TryStrictUtf8(body) ?? Windows1252().GetString(body);
    }

    /// <summary>The encoding a charset label names, following the WHATWG rule that Latin-1 labels mean windows-1252.</summary>
    public static Encoding? Resolve(string? charset)
    {
        var label = charset?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(label))
        {
            return null;
        }

        if (label is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252")
        {
            return Windows1252();
        }

        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label);
        }
    }

    private static string? TryStrictUtf8(ReadOnlySpan<byte> body)
    {
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding Windows1252() => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
}
