using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.TestSupport;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Builds;

/// <summary>Posting bundles and waiting for their builds, as a client of the builds API does.</summary>
internal static class Bundles
{
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string api, object bundle) =>
        await client.PostAsJsonAsync($"{api}/builds", bundle);

    /// <summary>Posts <paramref name="bundle"/>, asserts it was accepted, and returns the queued build.</summary>
    public static async Task<JsonElement> StartAsync(HttpClient client, string api, object bundle)
    {
        using var response = await PostAsync(client, api, bundle);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST builds answered {(int)response.StatusCode}: {body}");
        var build = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal($"{api}/builds/{build.GetProperty("id").GetInt32()}", response.Headers.Location?.OriginalString);
        return build;
    }

    /// <summary>Polls the build until it has completed or failed, and returns it.</summary>
    public static Task<JsonElement> FinishedAsync(HttpClient client, string api, int id) =>
        Eventually.MatchesAsync(
            async () => await client.GetFromJsonAsync<JsonElement>($"{api}/builds/{id}"),
            build => build.GetProperty("status").GetString() is "completed" or "failed",
            $"build {id} to finish",
            BuildTimeout);

    public static async Task<JsonElement> BuildAsync(HttpClient client, string api, object bundle)
    {
        var queued = await StartAsync(client, api, bundle);
        return await FinishedAsync(client, api, queued.GetProperty("id").GetInt32());
    }

    public static object Function(string path, string source, string visibility = "public") => new { path, source, visibility };

    public static object Text(string path, string content, string visibility = "public", string? contentType = null) =>
        new { path, visibility, contentBase64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(content)), contentType };

    public static string Sha256(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    public static JsonElement Named(JsonElement items, string path) =>
        items.EnumerateArray().Single(item => item.GetProperty("path").GetString() == path);
}
