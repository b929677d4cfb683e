using Extractor.Data.Model;

namespace Extractor.Web.Tests.Pages;

public sealed class ClusterSourcesFacts
{
    [Fact]
    public async Task FactCard_OfAnEventReportedTwice_ListsBothSourcesEncoded()
    {
        await using var host = await WebTestHost.StartAsync();
        var fact = (await host.Store.GetFactAsync(host.EventFactId))!;
        var source = (await host.Store.ListSourcesAsync()).Single().Id;
        var repost = await host.Store.UpsertDiscoveredArticleAsync(
            new DiscoveredArticle(source, "file:///tmp/repost.txt", System.Text.Encoding.UTF8.GetBytes(HostileArticle.Text + " ")));
        await host.Store.SaveExtractionAsync(repost.ArticleId, HostileArticle.Create());
        using var viewer = await host.LoginAsync("viewer");

        var page = await viewer.GetStringAsync($"/facts/{fact.Id}");

        Assert.Contains("Reported by 2 sources", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/articles/{fact.ArticleId}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/articles/{repost.ArticleId}\">", page, StringComparison.Ordinal);
        Assert.Contains("file:///tmp/repost.txt", page, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileArticle.Script, page, StringComparison.Ordinal);
    }
}
