namespace Extractor.Core.Tests;

/// <summary>Finds a path above the test binaries: ../shared material beside the repository, or the repository's own models.</summary>
public static class UpwardSearch
{
    public static string SeedsFolder => Find("shared/seeds");

    public static string Find(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }

        throw new FileNotFoundException($"No {relativePath} above {AppContext.BaseDirectory}.");
    }
}
