using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Flags;

/// <summary>The HTTP API as one caller sees it: status code and JSON body of each call.</summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    public static async Task<ApiClient> ForAsync(GatewayHost host, string tenant, string? shopId, string userId, string role) =>
        new(host.Http(await host.TokenAsync(tenant, shopId, userId, role)));

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path) => await ReadAsync(await http.GetAsync(path));

    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, object body) =>
        await ReadAsync(await http.PostAsJsonAsync(path, body));

    /// <summary>A call expected to succeed: its body.</summary>
    public async Task<JsonElement> OkAsync(string path, object? body = null)
    {
        var (status, json) = body is null ? await GetAsync(path) : await PostAsync(path, body);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status} {json}");
        return json;
    }

    private static async Task<(HttpStatusCode, JsonElement)> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public void Dispose() => http.Dispose();
}
