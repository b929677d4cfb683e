using System.Text.Json.Nodes;
using Extractor.Data.Model;
using Extractor.Data.Review;

namespace Extractor.Web.Review;

/// <summary>Turns a reviewer's form or API input into a <see cref="FactReview"/>; shared by the pages and the JSON API.</summary>
public static class FactDecisions
{
    public const string StaleMessage = "Someone decided this fact first; it is shown again as it is now. Nothing was changed by your action.";

    /// <summary>Null when the request's action is not a review action, or is a correction of a non-event fact.</summary>
    public static FactReview? ToReview(FactRecord fact, DecisionRequest request, string user)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(request);
        string? corrected = null;
        if (request.Action == ReviewAction.Correct && fact.Kind != FactKind.Event)
        {
            // Only event slots (date, type, place) can be corrected so far; an entity is approved or rejected.
            return null;
        }

        if (request.Action == ReviewAction.Correct)
        {
            var values = JsonNode.Parse(fact.ValuesJson)!.AsObject();
            values["date"] = string.IsNullOrWhiteSpace(request.Date) ? null : request.Date.Trim();
            if (!string.IsNullOrWhiteSpace(request.Type)) values["type"] = request.Type.Trim();
            if (request.Place is not null && values.ContainsKey("place"))
            {
                values["place"] = string.IsNullOrWhiteSpace(request.Place) ? null : request.Place.Trim();
            }

            if (request.Actor is not null && values.ContainsKey("actors")) values["actors"] = EntityIds(request.Actor);
            if (request.Target is not null && values.ContainsKey("targets")) values["targets"] = EntityIds(request.Target);
            corrected = values.ToJsonString();
        }
        else if (request.Action != ReviewAction.Approve && request.Action != ReviewAction.Reject && request.Action != ReviewWorkflowAction.Confirm)
        {
            return null;
        }

        return new FactReview(fact.Id, request.Version, request.Action, user, corrected, request.Reason);
    }

    /// <summary>Comma-separated registry entity ids as a JSON array, blanks and repeats dropped.</summary>
    private static JsonArray EntityIds(string ids) =>
        new([.. ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).Select(id => (JsonNode?)JsonValue.Create(id))]);
}
