namespace Extractor.Core.Events.Rules;

/// <summary>
/// The ASSAULT mode a sentence's weapon words point to when the trigger itself does not decide it
/// ("two fighter jets bombed" is aerial, "a car bomb exploded" explosives). The first cue group to
/// match wins, most specific first.
/// </summary>
internal static class AssaultModeCues
{
    private static readonly (string Mode, HashSet<string> Words)[] Cues =
    [
        ("drone", new(StringComparer.Ordinal) { "drone", "drones" }),
        ("aerial", new(StringComparer.Ordinal) { "jet", "jets", "aircraft", "warplane", "warplanes", "helicopter", "helicopters", "airstrike", "airstrikes", "air-strike", "bomber", "bombers" }),
        ("heavy-weapons", new(StringComparer.Ordinal) { "artillery", "shelling", "shelled", "mortar", "mortars", "rocket", "rockets", "missile", "missiles", "tank", "tanks" }),
        ("explosives", new(StringComparer.Ordinal) { "bomb", "bombs", "bombing", "explosive", "explosives", "ied", "ieds", "grenade", "grenades", "landmine", "landmines", "explosion" }),
        ("firearms", new(StringComparer.Ordinal) { "gun", "guns", "gunmen", "gunfire", "rifle", "rifles", "shot", "shooting", "gunfight" }),
        ("primitive", new(StringComparer.Ordinal) { "machete", "machetes", "knife", "knives", "stones", "clubs" }),
    ];

    public static string? Find(SentenceView view)
    {
        foreach (var (mode, words) in Cues)
        {
            for (var k = view.First; k < view.End; k++)
            {
                if (words.Contains(view.Lower(k))) return mode;
            }
        }

        return null;
    }
}
