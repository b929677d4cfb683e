using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Extractor.Cli.Tests.Commands;

public sealed class ExtractCommandFacts
{
    [Theory]
    [InlineData("catatumbo-airstrike.txt")]
    [InlineData("total-peace-cartel-talks.txt")]
    public void Extract_OnASeed_FindsEveryGoldEntityAndEvent_WithOffsetsIntoTheBody(string name)
    {
        var gold = SeedArticles.Expected(name);
        var result = RunExtract("--published", gold.GetProperty("published").GetString()!, "--with-text", Path.Combine(SeedArticles.Folder, name));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var output = JsonDocument.Parse(result.Output);
        var article = output.RootElement;
        var text = article.GetProperty("text").GetString()!;
        var entities = article.GetProperty("entities").EnumerateArray().ToList();
        foreach (var entity in entities)
        {
            foreach (var mention in entity.GetProperty("mentions").EnumerateArray().Where(m => !m.TryGetProperty("field", out _)))
            {
                var start = mention.GetProperty("start").GetInt32();
                var end = mention.GetProperty("end").GetInt32();
                Assert.Equal(mention.GetProperty("text").GetString(), text[start..end]);
            }
        }

        foreach (var (type, groups) in gold.GetProperty("entities").EnumerateObject().Select(p => (p.Name, p.Value)))
        {
            foreach (var forms in groups.EnumerateArray())
            {
                var accepted = forms.EnumerateArray().Select(form => Fold(form.GetString()!)).ToHashSet();
                Assert.True(
                    entities.Any(e => e.GetProperty("type").GetString() == type && Forms(e).Overlaps(accepted)),
                    $"{name}: no {type} entity named {forms[0]}");
            }
        }

        var events = article.GetProperty("events").EnumerateArray().ToList();
        foreach (var expected in gold.GetProperty("events").EnumerateArray())
        {
            Assert.True(events.Any(e => Matches(e, expected, entities, gold)), $"{name}: no event matching {expected}");
        }

        foreach (var @event in events)
        {
            var evidence = @event.GetProperty("evidence");
            Assert.Equal(evidence.GetProperty("text").GetString(), text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public void Extract_ListsDescriptiveArgumentsAsParticipants_ApartFromTheEntities()
    {
        var article = Path.Combine(Path.GetTempPath(), $"gunmen-{Guid.NewGuid():N}.txt");
        File.WriteAllText(article, "Gunmen attack hospital\n\nGunmen attacked a hospital in Kabul on Monday, killing four people, police said.\n");
        try
        {
            var result = RunExtract("--published", "2025-03-05", article);

            using var output = JsonDocument.Parse(result.Output);
            var names = (string property) => output.RootElement.GetProperty(property).EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
            var participantIds = output.RootElement.GetProperty("participants").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();
            Assert.Contains("Kabul", names("entities"));
            Assert.Contains("Gunmen", names("participants"));
            Assert.DoesNotContain("Gunmen", names("entities"));
            Assert.Contains(output.RootElement.GetProperty("events").EnumerateArray(), e => participantIds.Contains(e.GetProperty("actor").GetString()));
        }
        finally
        {
            File.Delete(article);
        }
    }

    [Fact]
    public void Extract_ReportsABrokenInputOnStderr_AndStillExtractsTheOthers()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.html");
        File.WriteAllBytes(broken, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        try
        {
            var result = RunExtract("--published", "2026-02-05", broken, Path.Combine(SeedArticles.Folder, "catatumbo-airstrike.txt"));

            Assert.Equal(ExitCodes.SomeInputsFailed, result.ExitCode);
            Assert.Contains(broken, result.Error, StringComparison.Ordinal);
            var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.EndsWith("catatumbo-airstrike.txt", JsonDocument.Parse(line).RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void Extract_WithAMalformedDate_ExitsWithBadUsage()
    {
        var result = RunExtract("--published", "yesterday", Path.Combine(SeedArticles.Folder, "catatumbo-airstrike.txt"));

        Assert.Equal(ExitCodes.BadUsage, result.ExitCode);
        Assert.Empty(result.Output);
    }

    private static (int ExitCode, string Output, string Error) RunExtract(params string[] arguments)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = CliApp.Run(["extract", .. arguments], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The matching rules of expected.json's "_about": type, then each listed argument.</summary>
    private static bool Matches(JsonElement @event, JsonElement expected, List<JsonElement> entities, JsonElement gold)
    {
        if (!expected.GetProperty("type").EnumerateArray().Any(t => t.GetString() == @event.GetProperty("type").GetString())) return false;
        foreach (var role in new[] { "actor", "target", "place" })
        {
            if (!expected.TryGetProperty(role, out var names)) continue;
            var id = @event.GetProperty(role).GetString();
            var entity = entities.FirstOrDefault(e => e.GetProperty("id").GetString() == id);
            if (id is null || entity.ValueKind == JsonValueKind.Undefined) return false;
            var accepted = names.GetString()!.Split('|').SelectMany(n => AcceptedForms(gold, n)).ToHashSet();
            if (!Forms(entity).Overlaps(accepted)) return false;
        }

        if (expected.TryGetProperty("date", out var dates) && !dates.EnumerateArray().Any(d => d.GetString() == (@event.GetProperty("date").ValueKind == JsonValueKind.Null ? null : @event.GetProperty("date").GetString()))) return false;
        if (expected.TryGetProperty("status", out var statuses) && !statuses.EnumerateArray().Any(s => s.GetString() == @event.GetProperty("status").GetString())) return false;
        if (expected.TryGetProperty("killed", out var killed))
        {
            var got = @event.GetProperty("quantities").GetProperty("killed");
            if (got.ValueKind != JsonValueKind.Number || got.GetInt32() != killed.GetInt32()) return false;
        }

        return true;
    }

    private static IEnumerable<string> AcceptedForms(JsonElement gold, string name)
    {
        var folded = Fold(name);
        var groups = gold.GetProperty("entities").EnumerateObject().SelectMany(type => type.Value.EnumerateArray())
            .Select(group => group.EnumerateArray().Select(form => Fold(form.GetString()!)).ToList())
            .Where(group => group.Contains(folded)).ToList();
        return groups.Count == 0 ? [folded] : groups.SelectMany(group => group);
    }

    private static HashSet<string> Forms(JsonElement entity) =>
        [Fold(entity.GetProperty("name").GetString()!), .. entity.GetProperty("aliases").EnumerateArray().Select(a => Fold(a.GetString()!))];

    private static string Fold(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var letters = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray();
        return string.Join(' ', new string(letters).ToLowerInvariant().Replace('\u2019', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
