namespace Extractor.Cli.Commands;

/// <summary>Finds <c>shared/seeds</c> beside the repository by walking up from a directory.</summary>
public static class SeedFolder
{
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "seeds");
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }
}
