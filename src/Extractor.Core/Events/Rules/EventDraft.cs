using Extractor.Core.Dates;
using Extractor.Core.Entities;

namespace Extractor.Core.Events.Rules;

/// <summary>An event mention while the rules build it; merged mentions fold into the first one.</summary>
internal sealed class EventDraft
{
    public required PloverType Type { get; init; }

    public required string? Mode { get; set; }

    public required TriggerMatch Trigger { get; init; }

    public required int FirstSentence { get; init; }

    public required int LastSentence { get; set; }

    public required List<string> Actors { get; init; }

    public required List<string> Targets { get; init; }

    public required string? Place { get; set; }

    public required PartialDate? Date { get; set; }

    public required EventStatus Status { get; init; }

    public required Quantities Quantities { get; set; }

    public int MergedMentions { get; set; }

    /// <summary>The learned extractor's calibrated probability that the mention is a true event (the highest of merged mentions).</summary>
    public double Probability { get; set; }

    public bool IsCompatibleWith(EventDraft other) =>
        Type == other.Type
        && Status == other.Status
        && Agrees(Actors, other.Actors)
        && Agrees(Targets, other.Targets)
        && (Place is null || other.Place is null || Place == other.Place)
        && (Date is null || other.Date is null || Date == other.Date)
        && Agrees(Quantities.Killed, other.Quantities.Killed)
        && Agrees(Quantities.Injured, other.Quantities.Injured)
        && Agrees(Quantities.Displaced, other.Quantities.Displaced)
        && Agrees(Quantities.Kidnapped, other.Quantities.Kidnapped)
        && Agrees(Quantities.Arrested, other.Quantities.Arrested)
        && Agrees(Quantities.Usd, other.Quantities.Usd);

    /// <summary>
    /// Mentions in different sentences are one event only when they share an argument, or one of them
    /// names no party at all ("Seven ELN rebels were killed" after "jets bombed a guerrilla camp": a
    /// description such as "a guerrilla camp" names no party, and gives way to the name when they merge).
    /// </summary>
    public bool CanContinue(EventDraft other) =>
        IsCompatibleWith(other)
        && (IsBare || other.IsBare || Shares(Actors, other.Actors) || Shares(Targets, other.Targets)
            || (Place is not null && Place == other.Place) || (Date is not null && Date == other.Date));

    private bool IsBare => !Actors.Any(IsNamed) && !Targets.Any(IsNamed);

    public void Absorb(EventDraft other)
    {
        Mode ??= other.Mode;
        Join(Actors, other.Actors);
        Join(Targets, other.Targets);
        Place ??= other.Place;
        Date ??= other.Date;
        LastSentence = Math.Max(LastSentence, other.LastSentence);
        Quantities = new Quantities(
            Quantities.Killed ?? other.Quantities.Killed,
            Quantities.Injured ?? other.Quantities.Injured,
            Quantities.Displaced ?? other.Quantities.Displaced,
            Quantities.Kidnapped ?? other.Quantities.Kidnapped,
            Quantities.Arrested ?? other.Quantities.Arrested,
            Quantities.Usd ?? other.Quantities.Usd);
        MergedMentions += 1 + other.MergedMentions;
        Probability = Math.Max(Probability, other.Probability);
    }

    private static bool Shares(List<string> a, List<string> b) => a.Intersect(b).Any();

    /// <summary>Two argument lists agree when either names no one or they share an entity.</summary>
    private static bool Agrees(List<string> a, List<string> b) => !a.Any(IsNamed) || !b.Any(IsNamed) || a.Intersect(b).Any();

    private static bool IsNamed(string entityId) => !EntityIds.IsNominal(entityId);

    /// <summary>The arguments of both mentions; once a name is among them, the descriptions give way to it.</summary>
    private static void Join(List<string> arguments, List<string> others)
    {
        arguments.AddRange(others.Except(arguments).ToList());
        if (arguments.Any(IsNamed)) arguments.RemoveAll(EntityIds.IsNominal);
    }

    private static bool Agrees<T>(T? a, T? b)
        where T : struct => a is null || b is null || a.Value.Equals(b.Value);
}
