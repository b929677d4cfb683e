namespace Extractor.Data.Export;

/// <summary>
/// ACLED <c>event_type</c> / <c>sub_event_type</c> for a PLOVER type and mode; the table is in
/// src/Extractor.Data/Export/README.md. Armed assaults are battles when the target is an armed group,
/// violence against civilians otherwise.
/// </summary>
public sealed record AcledEventType(string EventType, string SubEventType)
{
    public const string Battles = "Battles";
    public const string Explosions = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";

    public static AcledEventType Map(string? ploverType, string? mode, bool targetIsArmedGroup) => (ploverType?.ToUpperInvariant(), mode) switch
    {
        ("ASSAULT", "aerial" or "drone") => new(Explosions, "Air/drone strike"),
        ("ASSAULT", "explosives") => new(Explosions, "Remote explosive/landmine/IED"),
        ("ASSAULT", "suicide-attack") => new(Explosions, "Suicide bomb"),
        ("ASSAULT", "heavy-weapons") => new(Explosions, "Shelling/artillery/missile attack"),
        ("ASSAULT", "abduct") => new(ViolenceAgainstCivilians, "Abduction/forced disappearance"),
        ("ASSAULT", "sexual") => new(ViolenceAgainstCivilians, "Sexual violence"),
        ("ASSAULT", "destroy") => new(StrategicDevelopments, "Looting/property destruction"),
        ("ASSAULT", "crowd-control") => new(Protests, "Excessive force against protesters"),
        ("ASSAULT", "beat" or "torture" or "targeted") => new(ViolenceAgainstCivilians, "Attack"),
        ("ASSAULT", _) => targetIsArmedGroup ? new(Battles, "Armed clash") : new(ViolenceAgainstCivilians, "Attack"),
        ("PROTEST", "riot" or "vandalize") => new(Riots, "Violent demonstration"),
        ("PROTEST", _) => new(Protests, "Peaceful protest"),
        ("COERCE", "arrest") => new(StrategicDevelopments, "Arrests"),
        ("COERCE", "seize") => new(StrategicDevelopments, "Looting/property destruction"),
        ("MOBILIZE", _) => new(StrategicDevelopments, "Change to group/activity"),
        ("AGREE", _) or ("CONCEDE", _) or ("RETREAT", "ceasefire") => new(StrategicDevelopments, "Agreement"),
        _ => new(StrategicDevelopments, "Other"),
    };
}
