using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ScriptHost.Tests.Support;

/// <summary>A service created for one test: its name, key, and a client presenting that key.</summary>
public sealed class TestService(string name, string apiKey, HttpClient client) : IDisposable
{
    public string Name { get; } = name;

    public string ApiKey { get; } = apiKey;

    public HttpClient Client { get; } = client;

    public string Api => $"/api/services/{Name}";

    /// <summary>Deploys <paramref name="source"/> at <paramref name="path"/> and asserts it was accepted.</summary>
    public async Task<JsonElement> DeployAsync(string path, string source, string visibility = "public", int? timeoutMs = null)
    {
        using var response = await Client.PutAsJsonAsync($"{Api}/functions/{path.TrimStart('/')}", new { source, visibility, timeoutMs });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"deploy of {path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Sets an environment variable and asserts it was accepted.</summary>
    public async Task SetVariableAsync(string name, string value, bool secret = false)
    {
        using var response = await Client.PutAsJsonAsync($"{Api}/environment/{name}", new { value, secret });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => Client.Dispose();
}
