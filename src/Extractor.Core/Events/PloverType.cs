namespace Extractor.Core.Events;

/// <summary>The 16 PLOVER event types (PLOVER manual, version 2.0).</summary>
public enum PloverType
{
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}
