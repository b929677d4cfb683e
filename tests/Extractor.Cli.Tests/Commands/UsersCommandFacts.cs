using Extractor.Cli;

namespace Extractor.Cli.Tests.Commands;

public sealed class UsersCommandFacts
{
    [Fact]
    public void UsersAdd_RefusesAnUnknownRoleBeforeTouchingTheStore()
    {
        var error = new StringWriter();

        var exitCode = CliApp.Run(["users", "add", "--username", "ann", "--role", "superuser"], new StringWriter(), error);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains("superuser", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_IsRegisteredWithAnUrlsOption()
    {
        var serve = CliApp.BuildRoot().Subcommands.Single(c => c.Name == "serve");

        Assert.Contains(serve.Options, option => option.Name == "--urls");
    }
}
