using System.Text.Json;
using Extractor.Cli.Commands;

namespace Extractor.Cli.Tests;

/// <summary>The seed articles and their gold facts in ../shared/seeds, found above the test directory.</summary>
public static class SeedArticles
{
    public static string Folder { get; } = SeedFolder.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("shared/seeds was not found above " + AppContext.BaseDirectory);

    public static JsonElement Expected(string name)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        return gold.RootElement.GetProperty(name).Clone();
    }
}
