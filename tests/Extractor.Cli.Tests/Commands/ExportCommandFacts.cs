using System.Text.Json;
using Extractor.Cli;
using Extractor.Data.Export;

namespace Extractor.Cli.Tests.Commands;

public sealed class ExportCommandFacts
{
    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void Export_InCsvOrParquet_WritesTheFileAndAManifestNamingTheFormat(string format)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var directory = Directory.CreateTempSubdirectory("extractor-cli-export-");
        var path = Path.Combine(directory.FullName, "facts." + format);

        var exitCode = CliApp.Run(["export", "--format", format, "--out", path], output, error);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Empty(error.ToString());
        Assert.Contains($"to {path}; next cursor: --since ", output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(path));
        var manifest = JsonSerializer.Deserialize<ExportManifest>(File.ReadAllText(path + ExportManifest.Suffix))!;
        Assert.Equal(format, manifest.Format);
        directory.Delete(recursive: true);
    }

    [Fact]
    public void Export_InAnUnknownFormat_ExitsWithBadUsage()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = CliApp.Run(["export", "--format", "xlsx", "--out", Path.Combine(Path.GetTempPath(), "never-written.xlsx")], output, error);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("xlsx", error.ToString(), StringComparison.Ordinal);
    }
}
