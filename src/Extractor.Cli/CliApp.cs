using System.CommandLine;
using Extractor.Cli.Commands;

namespace Extractor.Cli;

/// <summary>Builds the command tree and runs it with the given output streams (tests pass their own).</summary>
public static class CliApp
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Extractor: news articles to reviewed, exportable facts.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(NerCommands.CreateNer());
        root.Subcommands.Add(NerCommands.CreateTrain());
        root.Subcommands.Add(NerCommands.CreateEval());
        root.Subcommands.Single(command => command.Name == "train").Subcommands.Add(EventCommands.CreateTrain());
        root.Subcommands.Single(command => command.Name == "eval").Subcommands.Add(EventCommands.CreateEval());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ExportsCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(EntitiesCommand.Create());
        root.Subcommands.Add(ReprocessCommand.Create());
        root.Subcommands.Add(CrawlWorkerCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var result = BuildRoot().Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'extractor --help' for usage.");
            return ExitCodes.BadUsage;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
