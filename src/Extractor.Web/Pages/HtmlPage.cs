using System.Text;
using System.Text.Encodings.Web;

namespace Extractor.Web.Pages;

/// <summary>
/// Builds server-rendered pages. Every piece of data goes through <see cref="Encode"/>; only the
/// fixed markup in this assembly is written raw.
/// </summary>
public sealed class HtmlPage(HttpContext context, IAntiforgery antiforgery)
{
    private const string Style =
        "body{font-family:sans-serif;margin:1.5em;max-width:70em}table{border-collapse:collapse}" +
        "td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left}mark.trigger{background:#fc6}" +
        "mark.mention{background:#9cf}.error{color:#b00}.keys{color:#555;font-size:.9em}nav a{margin-right:1em}";

    private readonly StringBuilder body = new();

    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    public HtmlPage Raw(string markup)
    {
        body.Append(markup);
        return this;
    }

    public HtmlPage Text(string? value)
    {
        body.Append(Encode(value));
        return this;
    }

    /// <summary>A hidden antiforgery field for a form posted by this page.</summary>
    public HtmlPage AntiforgeryField()
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        body.Append("<input type=\"hidden\" name=\"").Append(Encode(tokens.FormFieldName))
            .Append("\" value=\"").Append(Encode(tokens.RequestToken)).Append("\">");
        return this;
    }

    public IResult Render(string title, int statusCode = StatusCodes.Status200OK)
    {
        var user = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
        var page = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Encode(title))
            .Append(" - Extractor review</title><style>").Append(Style).Append("</style></head><body><nav>");
        if (user is not null)
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            page.Append("<a href=\"/\">Queue</a><a href=\"/audit\">Audit log</a><a href=\"/dashboard\">Dashboard</a><a href=\"/stats\">Agreement</a><a href=\"/sources\">Sources</a>")
                .Append("<form method=\"post\" action=\"/logout\" style=\"display:inline\"><input type=\"hidden\" name=\"")
                .Append(Encode(tokens.FormFieldName)).Append("\" value=\"").Append(Encode(tokens.RequestToken))
                .Append("\"><button>Log out ").Append(Encode(user)).Append("</button></form>");
        }

        page.Append("</nav><h1>").Append(Encode(title)).Append("</h1>").Append(body).Append("</body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }
}
