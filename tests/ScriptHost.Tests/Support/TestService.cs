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

    /// <summary>Creates environment <paramref name="name"/> and asserts it was created.</summary>
    public async Task<JsonElement> CreateEnvironmentAsync(string name)
    {
        using var response = await Client.PostAsJsonAsync($"{Api}/environments", new { name });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"creating environment {name} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Deploys build <paramref name="buildId"/> to <paramref name="environment"/> and asserts it went live.</summary>
    public async Task<JsonElement> DeployBuildAsync(string environment, int buildId)
    {
        using var response = await Client.PostAsJsonAsync($"{Api}/environments/{environment}/deployments", new { buildId });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"deploying build {buildId} to {environment} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Uploads an asset and returns its answer (with the build and deployment it made).</summary>
    public async Task<JsonElement> PutAssetAsync(string path, string content, string visibility = "public")
    {
        using var response = await Client.PutAsync($"{Api}/assets/{path.TrimStart('/')}?visibility={visibility}", new StringContent(content, System.Text.Encoding.UTF8, "text/plain"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"asset upload of {path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public void Dispose() => Client.Dispose();
}
