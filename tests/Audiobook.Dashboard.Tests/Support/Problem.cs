using System.Net.Http.Json;
using System.Text.Json;

namespace Audiobook.Dashboard.Tests.Support;

/// <summary>Reads an RFC 9457 problem details body.</summary>
internal static class Problem
{
    public static async Task<(int Status, string Detail)> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("status").GetInt32(), json.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "");
    }
}
