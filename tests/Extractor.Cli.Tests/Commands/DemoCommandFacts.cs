using Extractor.Cli;
using Extractor.Cli.Commands;

namespace Extractor.Cli.Tests.Commands;

public sealed class DemoCommandFacts
{
    [Fact]
    public void Demo_WithAMissingFolder_ExitsWithBadUsage()
    {
        var error = new StringWriter();

        var exitCode = CliApp.Run(["demo", "--folder", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))], new StringWriter(), error);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("pass --folder DIR", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SeedFolder_IsFoundBesideAnAncestorDirectory()
    {
        var root = Directory.CreateTempSubdirectory("extractor-seeds-");
        var seeds = Directory.CreateDirectory(Path.Combine(root.FullName, "shared", "seeds"));
        var nested = Directory.CreateDirectory(Path.Combine(root.FullName, "repo", "src", "Extractor.Cli"));

        var found = SeedFolder.Find(nested.FullName);

        Assert.Equal(seeds.FullName, found);
        root.Delete(recursive: true);
    }
}
