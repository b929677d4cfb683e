using System.Text.Json;

namespace Extractor.Cli.Tests.Commands;

public sealed class ParseCommandFacts : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("parse-command-").FullName;

    [Fact]
    public void Parse_WritesGoodPagesAndNamesTheBrokenFileOnStderrWithExitCodeOne()
    {
        var good = Path.Combine(directory, "good.html");
        File.WriteAllText(good, """
            <html lang="en"><head><title>Mill reopens</title>
            <meta property="article:published_time" content="2025-09-14T10:00:00Z"></head>
            <body><article><h1>Mill reopens</h1>
            <p>The old flour mill by the river reopened as a bakery and museum on Sunday, a century after it closed.</p>
            <p>Volunteers spent five years restoring the wheel, which turns again for the first time since 1925.</p>
            </article></body></html>
            """);
        var broken = Path.Combine(directory, "broken.html");
        File.WriteAllBytes(broken, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CliApp.Run(["parse", good, broken], output, error);

        Assert.Equal(ExitCodes.SomeInputsFailed, exitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var parsed = Assert.Single(lines);
        using var json = JsonDocument.Parse(parsed);
        var root = json.RootElement;
        Assert.Equal(good, root.GetProperty("source").GetString());
        Assert.Equal("Mill reopens", root.GetProperty("title").GetString());
        Assert.Equal("2025-09-14", root.GetProperty("published").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal(0, root.GetProperty("authors").GetArrayLength());
        var text = root.GetProperty("text").GetString();
        Assert.StartsWith("The old flour mill by the river", text);
        Assert.Contains("\n\nVolunteers spent five years", text);
        Assert.Contains("broken.html", error.ToString());
        Assert.DoesNotContain("good.html", error.ToString());
    }

    [Fact]
    public void Parse_ReturnsZeroWhenEveryFileParses()
    {
        var good = Path.Combine(directory, "only.html");
        File.WriteAllText(good, "<html><body><p>A short but real paragraph about the harbour wall and the vote.</p></body></html>");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CliApp.Run(["parse", "--format", "jsonl", good], output, error);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Empty(error.ToString());
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
