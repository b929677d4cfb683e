namespace Extractor.Core.Events.Rules;

/// <summary>
/// Folds mentions of one event together: mentions of the same type in the same sentence, and
/// mentions in consecutive sentences ("two jets bombed a camp in Catatumbo. Seven ELN rebels were
/// killed. ... Petro had struck the ELN") whose arguments, date, counts and status do not conflict
/// and that share an argument or leave the parties open.
/// </summary>
internal static class EventMerger
{
    public static List<EventDraft> Merge(List<EventDraft> drafts)
    {
        var merged = new List<EventDraft>(drafts.Count);
        foreach (var draft in drafts)
        {
            // A continuation joins the earliest event of the previous sentence it fits: the main clause
            // comes first, later triggers are mostly background ("..., where groups have fought for decades").
            var host = merged.FindLast(m => m.LastSentence == draft.FirstSentence && m.IsCompatibleWith(draft))
                ?? merged.Find(m => m.LastSentence + 1 == draft.FirstSentence && m.CanContinue(draft));
            if (host is null) merged.Add(draft);
            else host.Absorb(draft);
        }

        return merged;
    }
}
