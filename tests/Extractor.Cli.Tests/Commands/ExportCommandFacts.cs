using Extractor.Cli;

namespace Extractor.Cli.Tests.Commands;

public sealed class ExportCommandFacts
{
    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void Export_InAFormatNotAvailableYet_ExitsWithBadUsageAndSaysWhy(string format)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = CliApp.Run(["export", "--format", format, "--out", Path.Combine(Path.GetTempPath(), "never-written." + format)], output, error);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains($"--format {format} is not supported yet", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }
}
