using Extractor.Cli;

namespace Extractor.Cli.Tests.Commands;

public sealed class ExportsCommandFacts
{
    [Fact]
    public void ExportsAdd_PloverWithoutKindEvent_ExitsWithBadUsageSayingWhy()
    {
        var error = new StringWriter();

        var exitCode = CliApp.Run(["exports", "add", "--name", "p", "--format", "plover", "--folder", Path.GetTempPath(), "--cron", "0 * * * *"], new StringWriter(), error);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("events only", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExportsAddListRun_SchedulesTheExportAndRunsItIntoItsFolder()
    {
        var name = "cli-" + Guid.NewGuid().ToString("N")[..8];
        var folder = Directory.CreateTempSubdirectory("extractor-cli-exports-");
        var output = new StringWriter();
        var error = new StringWriter();

        var added = CliApp.Run(["exports", "add", "--name", name, "--format", "jsonl", "--folder", folder.FullName, "--cron", "0 * * * *"], output, error);
        var listed = CliApp.Run(["exports", "list"], output, error);
        var ran = CliApp.Run(["exports", "run", "--name", name], output, error);
        var unknown = CliApp.Run(["exports", "run", "--name", name + "-missing"], output, error);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success, ExitCodes.Success, ExitCodes.BadUsage), (added, listed, ran, unknown));
        Assert.Contains($"{name}\texport:{name}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{name}\tjsonl\tfacts\t{folder.FullName}\t0 * * * *\t0", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("no scheduled export named", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.FullName, "*.tmp"));
        folder.Delete(recursive: true);
    }
}
