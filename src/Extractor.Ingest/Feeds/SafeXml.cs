using System.Xml;
using System.Xml.Linq;

namespace Extractor.Ingest.Feeds;

/// <summary>Loads untrusted XML with DTDs and external resolution off, so entity expansion and XXE cannot happen.</summary>
public static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static XDocument? TryLoad(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>Resolves a feed's link against the document URL; only http(s) results are kept.</summary>
    public static Uri? ResolveLink(string? href, Uri documentUrl)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(documentUrl, href.Trim(), out var resolved))
        {
            return null;
        }

        return resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps ? resolved : null;
    }

    public static string? Text(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
