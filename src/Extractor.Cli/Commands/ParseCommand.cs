using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Core.Html;

namespace Extractor.Cli.Commands;

/// <summary><c>parse</c>: HTML files to article fields (no NLP), one JSON object per file.</summary>
public static class ParseCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "jsonl (one object per line).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var inputs = new Argument<string[]>("files") { Description = "HTML files.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("parse", "Read title, date, authors, language and body text from HTML pages.") { format, inputs };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var parser = new HtmlArticleParser();
            var failed = 0;
            foreach (var file in parseResult.GetRequiredValue(inputs))
            {
                try
                {
                    var page = parser.Parse(File.ReadAllBytes(file), file);
                    output.WriteLine(ToJson(page));
                }
                catch (Exception exception) when (exception is ArticleParseException or IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"parse: {file}: {exception.Message}");
                    failed++;
                }
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }

    private static string ToJson(ParsedPage page)
    {
        var article = page.Article;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("source", article.Source);
            json.WriteString("title", article.Title);
            json.WriteString("published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartArray("authors");
            foreach (var author in article.Authors)
            {
                json.WriteStringValue(author);
            }

            json.WriteEndArray();
            json.WriteString("language", article.Language);
            json.WriteString("text", article.Text);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
