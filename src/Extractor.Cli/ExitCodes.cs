namespace Extractor.Cli;

/// <summary>Exit codes of the CLI contract (../shared/contracts/cli.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int SomeInputsFailed = 1;
    public const int BadUsage = 2;
}
