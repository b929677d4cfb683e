using System.CommandLine;

namespace Extractor.Cli.Commands;

/// <summary><c>extract</c>: the whole pipeline on files or URLs, one JSON object per article.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var published = new Option<DateOnly?>("--published") { Description = "Publication date (YYYY-MM-DD) used when the page has none." };
        var format = new Option<string>("--format") { Description = "jsonl (one object per line) or json (an array).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "json");
        var inputs = new Argument<string[]>("inputs") { Description = ".html/.htm/.txt files or http(s) URLs.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Run the whole pipeline on files or URLs.") { published, format, inputs };
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Error.WriteLine("extract: not wired yet");
            return ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
