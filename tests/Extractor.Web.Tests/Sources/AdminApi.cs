using System.Net.Http.Json;
using System.Text.Json;

namespace Extractor.Web.Tests.Sources;

/// <summary>Gives a signed-in client the antiforgery header the API wants on unsafe methods.</summary>
public static class AdminApi
{
    public static async Task AddAntiforgeryHeaderAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await client.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        client.DefaultRequestHeaders.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
    }
}
