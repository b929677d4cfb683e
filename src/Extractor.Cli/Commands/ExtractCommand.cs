using System.CommandLine;
using System.Text.Json;
using Extractor.Cli.Output;
using Extractor.Core.Pipeline;
using Extractor.Ingest.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Cli.Commands;

/// <summary><c>extract</c>: the whole pipeline on files or URLs, one JSON object per article.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var published = new Option<DateOnly?>("--published") { Description = "Publication date (YYYY-MM-DD) used when the page has none." };
        var format = new Option<string>("--format") { Description = "jsonl (one object per line) or json (an array).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "json");
        var withText = new Option<bool>("--with-text") { Description = "Add the article body the offsets point into." };
        var inputs = new Argument<string[]>("inputs") { Description = ".html/.htm/.txt files or http(s) URLs.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Run the whole pipeline on files or URLs: entities and events as JSON.") { published, format, withText, inputs };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(inputs),
            parseResult.GetValue(published),
            parseResult.GetRequiredValue(format) == "json",
            parseResult.GetValue(withText),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] inputs, DateOnly? published, bool asArray, bool withText, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddPageFetcher();
        await using var provider = services.BuildServiceProvider();
        var loader = new ArticleLoader(provider.GetRequiredService<PageFetcher>());
        var pipeline = DefaultPipeline.Create();
        var failures = 0;
        using var buffer = new MemoryStream();
        if (asArray) output.Write('[');
        var first = true;
        foreach (var input in inputs)
        {
            try
            {
                var extraction = pipeline.Run(await loader.LoadAsync(input, published, cancellationToken).ConfigureAwait(false));
                buffer.SetLength(0);
                using (var json = new Utf8JsonWriter(buffer, JsonOutput.Compact))
                {
                    ExtractionJsonWriter.Write(json, extraction, withText);
                }

                if (asArray && !first) output.Write(',');
                output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                if (!asArray) output.WriteLine();
                first = false;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or HttpRequestException or Core.Html.ArticleParseException)
            {
                error.WriteLine($"extract: {exception.Message}");
                failures++;
            }
        }

        if (asArray) output.WriteLine(']');
        output.Flush();
        return failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
