using System.Globalization;
using System.Text.Json.Nodes;
using Extractor.Data.Model;
using Extractor.Data.Review;

namespace Extractor.Web.Pages;

/// <summary>The approve / reject / correct forms of a fact card, with their keyboard shortcuts.</summary>
public static class DecisionForms
{
    // Dependency-free, offline: a approve, x reject (asks for a reason), e edit the date, j/k next/previous in the queue,
    // u undo the last decision, c confirm the analyst's decision (reviewers).
    private const string ShortcutScript =
        "<script>document.addEventListener('keydown',function(e){" +
        "if(e.target.tagName==='INPUT'||e.target.tagName==='SELECT'||e.ctrlKey||e.metaKey||e.altKey)return;" +
        "var f=function(id){return document.getElementById(id);};" +
        "if(e.key==='a'){e.preventDefault();f('approve').submit();}" +
        "else if(e.key==='x'){e.preventDefault();f('reject-reason').focus();}" +
        "else if(e.key==='e'&&f('edit-date')){e.preventDefault();f('edit-date').focus();}" +
        "else if(e.key==='j'){e.preventDefault();location.href=f('next').href;}" +
        "else if(e.key==='k'){e.preventDefault();history.back();}" +
        "else if(e.key==='u'){e.preventDefault();f('undo').submit();}" +
        "else if(e.key==='c'&&f('confirm')){e.preventDefault();f('confirm').submit();}});</script>";

    /// <param name="stage">The fact's review stage; a reviewer may confirm an analyst's decision.</param>
    /// <param name="canReview">Whether the viewer is a reviewer or admin.</param>
    public static void Append(HtmlPage page, FactRecord fact, string stage, bool canReview)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(fact);
        var action = "/facts/" + fact.Id.ToString(CultureInfo.InvariantCulture) + "/decide";
        var version = fact.Version.ToString(CultureInfo.InvariantCulture);
        var values = JsonNode.Parse(fact.ValuesJson)!.AsObject();
        var confirmable = canReview && stage == ReviewStage.Analyst;
        page.Raw("<h2>Decide</h2><p class=\"keys\" id=\"shortcuts\">Keys: <b>a</b> approve, <b>x</b> reject, <b>e</b> edit date, <b>j</b> next, <b>k</b> previous, <b>u</b> undo your last decision")
            .Raw(confirmable ? ", <b>c</b> confirm the analyst's decision</p>" : "</p>");
        if (confirmable)
        {
            Form(page, action, version, ReviewWorkflowAction.Confirm, "confirm").Raw("<button>Confirm analyst's decision (c)</button></form>");
        }

        Form(page, action, version, "approve", "approve").Raw("<button>Approve (a)</button></form>");
        Form(page, action, version, "reject", "reject")
            .Raw("<label>Reason <input id=\"reject-reason\" name=\"reason\" required></label> <button>Reject (x)</button></form>")
            .Raw("<p><a id=\"next\" href=\"/next?after=").Text(fact.Id.ToString(CultureInfo.InvariantCulture)).Raw("\">Next in queue (j)</a></p>")
            .Raw("<form method=\"post\" id=\"undo\" action=\"/undo\">").AntiforgeryField().Raw("<button>Undo my last decision (u)</button></form>");
        if (fact.Kind != FactKind.Event)
        {
            page.Raw(ShortcutScript);
            return;
        }

        Form(page, action, version, "correct", "correct")
            .Raw("<label>Date <input id=\"edit-date\" name=\"date\" value=\"").Text(values["date"]?.GetValue<string>())
            .Raw("\"></label> <label>Type <input name=\"type\" value=\"").Text(values["type"]?.GetValue<string>())
            .Raw("\"></label> ");
        // Actor, target and place take registry entity ids (several actors or targets separated by commas), offered by typeahead.
        EntitySlot(page, "actor", string.Join(", ", Ids(values["actors"])));
        EntitySlot(page, "target", string.Join(", ", Ids(values["targets"])));
        EntitySlot(page, "place", values["place"]?.GetValue<string>());
        page.Raw("<datalist id=\"entity-choices\"></datalist> <button>Save correction (e)</button></form>")
            .Raw("<form method=\"post\" id=\"new-entity\" action=\"/entities/new\">").AntiforgeryField()
            .Raw("<input type=\"hidden\" name=\"back\" value=\"/facts/").Text(fact.Id.ToString(CultureInfo.InvariantCulture))
            .Raw("\">Not in the registry? New entity <input name=\"name\" required> <select name=\"type\"><option>leader</option><option>person</option>")
            .Raw("<option>group</option><option>place</option></select> country <input name=\"country\" size=\"2\"> <button>Create</button></form>")
            .Raw(ShortcutScript).Raw(EntityPages.TypeaheadScript);
    }

    private static void EntitySlot(HtmlPage page, string slot, string? value) =>
        page.Raw("<label>").Text(char.ToUpperInvariant(slot[0]) + slot[1..]).Raw(" <input name=\"").Text(slot)
            .Raw("\" list=\"entity-choices\" autocomplete=\"off\" value=\"").Text(value).Raw("\"></label> ");

    private static IEnumerable<string> Ids(JsonNode? ids) =>
        ids is JsonArray array ? array.Select(id => id?.GetValue<string>()).OfType<string>() : [];

    private static HtmlPage Form(HtmlPage page, string action, string version, string decision, string id) =>
        page.Raw("<form method=\"post\" id=\"").Text(id).Raw("\" action=\"").Text(action).Raw("\">").AntiforgeryField()
            .Raw("<input type=\"hidden\" name=\"version\" value=\"").Text(version)
            .Raw("\"><input type=\"hidden\" name=\"action\" value=\"").Text(decision).Raw("\">");
}
