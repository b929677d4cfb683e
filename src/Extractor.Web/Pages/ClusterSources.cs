using System.Globalization;
using Extractor.Data.Model;

namespace Extractor.Web.Pages;

/// <summary>
/// The "Reported by N sources" part of an event fact card: every article of the fact's event cluster
/// with a link to it and the sentence that reports the event. Nothing for a fact reported once.
/// </summary>
internal static class ClusterSources
{
    public static async Task AppendAsync(HtmlPage page, FactRecord fact, IExtractorStore store, CancellationToken cancellationToken)
    {
        if (fact.Kind != FactKind.Event) return;
        var sources = await store.ListClusterSourcesAsync(fact.Id, cancellationToken);
        if (sources.Count < 2) return;
        page.Raw("<h2 id=\"cluster-sources\">").Text($"Reported by {sources.Count} sources").Raw("</h2><ol>");
        foreach (var source in sources)
        {
            page.Raw("<li><a href=\"/articles/").Text(source.ArticleId.ToString(CultureInfo.InvariantCulture)).Raw("\">")
                .Text(source.Title ?? source.ArticleUrl).Raw("</a> <span class=\"keys\">").Text(source.ArticleUrl)
                .Raw("</span><blockquote>").Text(source.EvidenceText).Raw("</blockquote></li>");
        }

        page.Raw("</ol>");
    }
}
