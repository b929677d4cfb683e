using System.Diagnostics;
using System.Reflection;

namespace Extractor.Ingest.Tests.Scale;

/// <summary>Runs the built <c>extractor</c> CLI as a separate process against a given store.</summary>
public static class CliProcess
{
    private static readonly string CliPath = Path.GetFullPath(typeof(CliProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "ExtractorCli").Value!);

    public static Process Start(string connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(CliPath)!,
        };
        start.ArgumentList.Add(CliPath);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["EXTRACTOR_DB"] = connectionString;
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Waits for the process to exit and returns its exit code and output; kills it past <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> WaitAsync(Process process, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(process);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"extractor {string.Join(' ', process.StartInfo.ArgumentList.Skip(1))} still running after {timeout}");
        }

        return (process.ExitCode, await output, await error);
    }
}
