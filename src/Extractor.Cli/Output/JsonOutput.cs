using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extractor.Cli.Output;

/// <summary>The JSON writer settings every command uses: readable UTF-8, one object per line for jsonl.</summary>
public static class JsonOutput
{
    public static readonly JsonWriterOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };
}
