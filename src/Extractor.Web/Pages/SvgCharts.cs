using System.Globalization;
using System.Text;
using Extractor.Data.Review;

namespace Extractor.Web.Pages;

/// <summary>Inline SVG charts: no script, no external assets, every label HTML-encoded.</summary>
public static class SvgCharts
{
    private const int Width = 720;
    private const int Height = 200;
    private const int MapWidth = 720;
    private const int MapHeight = 360;

    /// <summary>A bar per count, scaled to the largest; each bar's title tells its label and value.</summary>
    public static string Bars(IReadOnlyList<DashboardCount> counts, string id)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg id=\"{HtmlPage.Encode(id)}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height + 20}\" role=\"img\">");
        if (counts.Count == 0)
        {
            return svg.Append("<text x=\"10\" y=\"20\">No data yet</text></svg>").ToString();
        }

        var max = Math.Max(1, counts.Max(c => c.Value));
        var slot = (double)Width / counts.Count;
        for (var i = 0; i < counts.Count; i++)
        {
            var barHeight = counts[i].Value * (double)Height / max;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{i * slot + 1:0.#}\" y=\"{Height - barHeight:0.#}\" width=\"{Math.Max(1, slot - 2):0.#}\" height=\"{barHeight:0.#}\" fill=\"#4a7ab0\">")
                .Append("<title>").Append(HtmlPage.Encode($"{counts[i].Label}: {counts[i].Value.ToString(CultureInfo.InvariantCulture)}")).Append("</title></rect>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Height + 15}\" font-size=\"11\">").Append(HtmlPage.Encode(counts[0].Label)).Append("</text>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{Width}\" y=\"{Height + 15}\" font-size=\"11\" text-anchor=\"end\">").Append(HtmlPage.Encode(counts[^1].Label)).Append("</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Where a coordinate lands on the equirectangular map (x grows east, y grows south).</summary>
    public static (double X, double Y) Project(double lat, double lon) =>
        ((Math.Clamp(lon, -180, 180) + 180) / 360 * MapWidth, (90 - Math.Clamp(lat, -90, 90)) / 180 * MapHeight);

    /// <summary>An equirectangular world map: a 30° graticule and one marker per place, sized by its events.</summary>
    public static string Map(IReadOnlyList<PlaceMarker> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg id=\"map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{MapWidth}\" height=\"{MapHeight}\" role=\"img\">")
            .Append(CultureInfo.InvariantCulture, $"<rect width=\"{MapWidth}\" height=\"{MapHeight}\" fill=\"#eef4fa\" stroke=\"#99a\"/>");
        for (var lon = -150; lon <= 150; lon += 30)
        {
            var (x, _) = Project(0, lon);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"0\" x2=\"{x:0.#}\" y2=\"{MapHeight}\" stroke=\"#ccd\"/>");
        }

        for (var lat = -60; lat <= 60; lat += 30)
        {
            var (_, y) = Project(lat, 0);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{y:0.#}\" x2=\"{MapWidth}\" y2=\"{y:0.#}\" stroke=\"#ccd\"/>");
        }

        foreach (var place in places)
        {
            var (x, y) = Project(place.Lat, place.Lon);
            var radius = 2 + Math.Min(8, Math.Log2(1 + place.Events));
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"place\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{radius:0.#}\" fill=\"#c33\" fill-opacity=\"0.7\">")
                .Append("<title>").Append(HtmlPage.Encode($"{place.Name} ({place.Events.ToString(CultureInfo.InvariantCulture)} events)")).Append("</title></circle>");
        }

        return svg.Append("</svg>").ToString();
    }
}
