using System.Text.Json;
using Extractor.Data.Export;
using Extractor.Data.Model;

namespace Extractor.Data.Tests.Export;

public sealed class ScheduledExportRunnerFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EachRun_WritesOnlyWhatChangedSinceTheLastRun_WithAManifest_AndKeepsTheCursorInTheDatabase(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var facts = await ExportTestData.AddSampleAsync(test.Store);
        var folder = Directory.CreateTempSubdirectory("extractor-scheduled-");
        await test.Store.SaveScheduledExportAsync(new ScheduledExportRecord { Name = "events", Format = "csv", Kind = FactKind.Event, Folder = folder.FullName, Cron = "0 * * * *" });
        var runner = new ScheduledExportRunner(test.Store);
        var airstrike = await ExportTestData.ReviewAsync(test.Store, ExportTestData.Single(facts, "evt-1"), ReviewAction.Approve);

        var (first, firstFile) = await runner.RunAsync("events");
        var (nothing, noFile) = await runner.RunAsync("events");
        await ExportTestData.ReviewAsync(test.Store, airstrike, ReviewAction.Reject, "ben");
        var (second, secondFile) = await runner.RunAsync("events");

        Assert.Equal(1, first.Count);
        Assert.Null(noFile);
        Assert.Equal(0, nothing.Count);
        Assert.Equal(1, second.Count);
        Assert.Equal(FactStatus.Rejected, Assert.Single(ExportReadBack.Csv(secondFile!)).Status);
        Assert.Equal(FactStatus.Approved, Assert.Single(ExportReadBack.Csv(firstFile!)).Status);
        var manifest = JsonSerializer.Deserialize<ExportManifest>(await File.ReadAllTextAsync(secondFile + ExportManifest.Suffix))!;
        Assert.Equal((first.Cursor, second.Cursor, 1), (manifest.CursorFrom, manifest.CursorTo, manifest.RowCount));
        Assert.Equal([firstFile, firstFile + ExportManifest.Suffix, secondFile, secondFile + ExportManifest.Suffix], Directory.GetFiles(folder.FullName).Order());
        var stored = (await test.Store.GetScheduledExportAsync("events"))!;
        Assert.Equal((second.Cursor, secondFile, 1), (stored.Cursor, stored.LastFile, stored.LastCount));
        folder.Delete(recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_UpdatesTheScheduleButKeepsTheCursor(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await test.Store.SaveScheduledExportAsync(new ScheduledExportRecord { Name = "all", Format = "jsonl", Folder = "/tmp/a", Cron = "0 * * * *" });
        Assert.True(await test.Store.AdvanceScheduledExportAsync("all", 0, 42, "/tmp/a/x", 3));
        Assert.False(await test.Store.AdvanceScheduledExportAsync("all", 0, 50, "/tmp/a/y", 3));

        await test.Store.SaveScheduledExportAsync(new ScheduledExportRecord { Name = "all", Format = "parquet", Folder = "/tmp/b", Cron = "0 0 * * *" });

        var export = Assert.Single(await test.Store.ListScheduledExportsAsync());
        Assert.Equal(("parquet", "/tmp/b", "0 0 * * *", 42L), (export.Format, export.Folder, export.Cron, export.Cursor));
    }
}
