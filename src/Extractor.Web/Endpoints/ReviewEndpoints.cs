using System.Globalization;
using System.Text.Json.Nodes;
using Extractor.Data.Model;
using Extractor.Data.Review;
using Extractor.Web.Pages;
using Extractor.Web.Review;

namespace Extractor.Web.Endpoints;

/// <summary>The review queue, the fact card and the article page (read-only; every role).</summary>
public static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", QueueAsync);
        app.MapGet("/facts/{id:long}", (long id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, ReviewReadStore reviews) =>
            RenderFactAsync(id, context, antiforgery, store, reviews));
        app.MapGet("/articles/{id:long}", ArticleAsync);
    }

    private static async Task<IResult> QueueAsync(HttpContext context, IAntiforgery antiforgery, ReviewReadStore reviews)
    {
        var filter = QueueQuery.FromQuery(context.Request, context.User.Identity!.Name);
        var facts = await reviews.ListQueueAsync(filter, context.RequestAborted);
        var page = new HtmlPage(context, antiforgery)
            .Raw("<p class=\"keys\">Most uncertain first (confidence closest to 0.5), then newest. Facts another analyst has open are left out.</p>")
            .Raw("<form method=\"get\" action=\"/\" id=\"filters\">");
        foreach (var (name, value) in QueueQuery.Values(filter))
        {
            page.Raw("<label>").Text(name).Raw(" <input name=\"").Text(name).Raw("\" size=\"10\" value=\"").Text(value).Raw("\"></label> ");
        }

        page.Raw("<button>Filter</button></form>");
        if (AppRoles.Deciders.Any(context.User.IsInRole))
        {
            page.Raw("<p><a id=\"bulk\" href=\"/bulk?").Text(QueueQuery.ToQueryString(filter)).Raw("\">Bulk approve or reject these…</a></p>");
        }

        page.Raw("<table><tr><th>Fact</th><th>Kind</th><th>Subject</th><th>Status</th><th>Confidence</th></tr>");
        foreach (var fact in facts)
        {
            page.Raw("<tr><td><a class=\"fact-link\" href=\"/facts/").Text(fact.Id.ToString(CultureInfo.InvariantCulture)).Raw("\">#")
                .Text(fact.Id.ToString(CultureInfo.InvariantCulture)).Raw("</a></td><td>").Text(fact.Kind).Raw("</td><td>")
                .Text(fact.SubjectId).Raw("</td><td>").Text(fact.Status).Raw("</td><td>")
                .Text(fact.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Raw("</td></tr>");
        }

        return page.Raw("</table>").Render($"Review queue ({facts.Count})");
    }

    /// <summary>The fact card; <paramref name="notice"/> (e.g. why a decision was refused) is shown above it.</summary>
    internal static async Task<IResult> RenderFactAsync(
        long id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, ReviewReadStore reviews,
        string? notice = null, int statusCode = StatusCodes.Status200OK)
    {
        var fact = await store.GetFactAsync(id, context.RequestAborted);
        if (fact is null)
        {
            return Results.NotFound();
        }

        var page = new HtmlPage(context, antiforgery);
        if (notice is not null)
        {
            page.Raw("<p class=\"error\" id=\"message\">").Text(notice).Raw("</p>");
        }

        var canDecide = AppRoles.Deciders.Any(context.User.IsInRole);
        if (canDecide)
        {
            // Opening a fact holds it for this analyst, so the queue sends the others elsewhere.
            var user = context.User.Identity!.Name!;
            var lease = await store.LeaseFactAsync(id, user, FactLeases.Duration, context.RequestAborted);
            page.Raw("<p class=\"keys\" id=\"lease\">")
                .Text(lease.Holder == user
                    ? $"Held for you until {lease.Until:HH:mm} UTC; others do not get it from the queue."
                    : $"{lease.Holder} is reviewing this fact until {lease.Until:HH:mm} UTC.")
                .Raw("</p>");
        }

        var (stage, analystStatus) = await reviews.GetStageAsync(id, context.RequestAborted);

        page.Raw("<p>").Text($"{fact.Kind} {fact.SubjectId} — status {fact.Status}, confidence ")
            .Text(fact.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Text($", version {fact.Version}, stage {stage}")
            .Text(analystStatus is null ? string.Empty : $" (analyst: {analystStatus})").Raw("</p><table>");
        foreach (var (slot, value) in JsonNode.Parse(fact.ValuesJson)!.AsObject())
        {
            page.Raw("<tr><th>").Text(slot).Raw("</th><td class=\"slot-").Text(slot).Raw("\">").Text(value?.ToJsonString()).Raw("</td></tr>");
        }

        page.Raw("</table><h2>Evidence</h2><blockquote id=\"evidence\">")
            .Raw(await EvidenceHtmlAsync(fact, store, reviews, context.RequestAborted))
            .Raw("</blockquote><p><a href=\"/articles/").Text(fact.ArticleId.ToString(CultureInfo.InvariantCulture)).Raw("\">Whole article</a></p>");
        await ClusterSources.AppendAsync(page, fact, store, context.RequestAborted);
        if (canDecide)
        {
            DecisionForms.Append(page, fact, stage, AppRoles.CanReview(context.User));
        }

        return page.Render($"Fact #{fact.Id}", statusCode);
    }

    private static async Task<IResult> ArticleAsync(
        long id, HttpContext context, IAntiforgery antiforgery, IExtractorStore store, ReviewReadStore reviews)
    {
        var article = await store.GetArticleAsync(id, context.RequestAborted);
        if (article is null)
        {
            return Results.NotFound();
        }

        var mentions = await reviews.ListMentionsAsync(id, context.RequestAborted);
        var highlights = mentions.Select(m => new Highlight(m.StartOffset, m.EndOffset, "mention"));
        return new HtmlPage(context, antiforgery)
            .Raw("<p>").Text(article.Url).Raw("</p><div id=\"article-text\" style=\"white-space:pre-wrap\">")
            .Raw(TextHighlighter.Render(article.Text ?? string.Empty, 0, highlights)).Raw("</div>")
            .Render(article.Title ?? article.Url);
    }

    /// <summary>The event's evidence sentence with its trigger and mentions marked, or the entity's first mention in context.</summary>
    private static async Task<string> EvidenceHtmlAsync(FactRecord fact, IExtractorStore store, ReviewReadStore reviews, CancellationToken cancellationToken)
    {
        var mentions = await reviews.ListMentionsAsync(fact.ArticleId, cancellationToken);
        if (fact.Kind == FactKind.Event
            && await reviews.GetEventEvidenceAsync(fact.ArticleId, fact.SubjectId, cancellationToken) is { } evidence)
        {
            var highlights = mentions.Select(m => new Highlight(m.StartOffset, m.EndOffset, "mention"))
                .Prepend(new Highlight(evidence.TriggerStart, evidence.TriggerEnd, "trigger"));
            return TextHighlighter.Render(evidence.EvidenceText, evidence.EvidenceStart, highlights);
        }

        var article = await store.GetArticleAsync(fact.ArticleId, cancellationToken);
        var first = mentions.FirstOrDefault(m => m.EntityId == fact.SubjectId);
        if (article?.Text is not { } text || first is null)
        {
            return string.Empty;
        }

        var start = Math.Max(0, first.StartOffset - 120);
        var end = Math.Min(text.Length, first.EndOffset + 120);
        return TextHighlighter.Render(text[start..end], start, [new Highlight(first.StartOffset, first.EndOffset, "mention")]);
    }

}
