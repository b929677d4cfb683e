using Extractor.Cli;
using Extractor.Data;
using Extractor.Data.Migrations;

namespace Extractor.Cli.Tests.Commands;

public sealed class EntitiesCommandFacts : IDisposable
{
    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), "extractor-cli-tests", Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public async Task EntitiesMerge_RedirectsTheEntity_RecordsHistory_AndUndoRestoresIt()
    {
        var store = await MigratedStoreAsync();
        var duplicate = await store.CreateEntityAsync("Clan del Golfo", "group", "CO", "ana");
        var canonical = await store.CreateEntityAsync("Gulf Clan", "group", "CO", "ana");

        var (mergeCode, mergeOutput, _) = Run("entities", "merge", duplicate.Id, canonical.Id, "--db", databaseFile, "--user", "ben");
        var (_, listed, _) = Run("entities", "list", "--query", "clan", "--db", databaseFile);
        var (_, shown, _) = Run("entities", "show", canonical.Id, "--db", databaseFile);

        Assert.Equal(ExitCodes.Success, mergeCode);
        Assert.Contains($"Merged {duplicate.Id} into {canonical.Id}", mergeOutput, StringComparison.Ordinal);
        Assert.Equal([canonical.Id], listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')[0]));
        Assert.Contains("Clan del Golfo", shown, StringComparison.Ordinal);
        Assert.Contains("\tben\tmerge\t" + duplicate.Id, shown, StringComparison.Ordinal);
        Assert.Equal(canonical.Id, (await store.GetEntityAsync(duplicate.Id))!.Entity.MergedInto);

        var historyId = (await store.GetEntityAsync(canonical.Id))!.History[0].Id;
        var (undoCode, _, _) = Run("entities", "undo", historyId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", databaseFile);
        var (againCode, _, againError) = Run("entities", "merge", canonical.Id, canonical.Id, "--db", databaseFile);

        Assert.Equal(ExitCodes.Success, undoCode);
        Assert.Null((await store.GetEntityAsync(duplicate.Id))!.Entity.MergedInto);
        Assert.Equal(ExitCodes.SomeInputsFailed, againCode);
        Assert.Contains("into itself", againError, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(databaseFile)!, Path.GetFileName(databaseFile) + "*"))
        {
            File.Delete(file);
        }
    }

    private async Task<SqlExtractorStore> MigratedStoreAsync()
    {
        var database = Database.ForSqliteFile(databaseFile);
        await new MigrationRunner(database).MigrateAsync();
        return new SqlExtractorStore(database);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = CliApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
