using Extractor.Core.Events.Learning;

namespace Extractor.Cli.Events;

/// <summary>Reads a corpus file by its form: a JSON list is the PLOVER gold standard, anything else JSON lines.</summary>
internal static class EventCorpusFiles
{
    public static List<EventRecord> Read(string path)
    {
        var text = File.ReadAllText(path);
        return text.TrimStart().StartsWith('[')
            ? EventCorpusReader.ReadPloverGoldStandard(text)
            : EventCorpusReader.ReadJsonLines(new StringReader(text));
    }
}
