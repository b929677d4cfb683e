namespace Extractor.Core.Events;

/// <summary>The one spelling of a PLOVER type outside the code: the ontology's upper case ("ASSAULT"), in JSON, the store and exports.</summary>
public static class PloverTypeCodes
{
    public static string ToCode(this PloverType type) => type.ToString().ToUpperInvariant();
}
