using System.Net.Http.Json;

namespace ScriptHost.Benchmarks.Support;

/// <summary>
/// The published ScriptHost started for a measurement (quiet logging, its own data file, the benchmark's admin key),
/// and the management calls the modes make on it.
/// </summary>
internal static class ScriptHostServer
{
    public const string AdminKey = "benchmark-admin-key-0123456789";
    public const string AuthToken = "benchmark-auth-token";

    /// <summary>Starts the server; <paramref name="settings"/> are extra environment variables (<c>ScriptHost__...</c>).</summary>
    public static ServerProcess Start(string dll, string dataPath, int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>(Quiet())
        {
            ["ScriptHost__DataPath"] = dataPath,
            ["ScriptHost__AdminKey"] = AdminKey,
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return ServerProcess.Start("dotnet", [dll, "--urls", Loopback.Url(port)], port, environment);
    }

    /// <summary>Production environment, warnings only: per-request console logging would halve throughput.</summary>
    public static Dictionary<string, string> Quiet() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
        ["TWILIO_AUTH_TOKEN"] = AuthToken,
    };

    /// <summary>Creates a service as the admin; returns its API key.</summary>
    public static async Task<string> CreateServiceAsync(HttpClient client, string baseUrl, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/api/services") { Content = JsonContent.Create(new { name }) };
        request.Headers.Authorization = new("Bearer", AdminKey);
        using var created = await client.SendAsync(request);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<CreatedService>())!.ApiKey;
    }

    /// <summary>Deletes a service as the admin (its workers are released).</summary>
    public static async Task DeleteServiceAsync(HttpClient client, string baseUrl, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, baseUrl + "/api/services/" + name);
        request.Headers.Authorization = new("Bearer", AdminKey);
        using var deleted = await client.SendAsync(request);
        deleted.EnsureSuccessStatusCode();
    }

    /// <summary>Deploys a public function with the service's key; limits left null take the server's defaults.</summary>
    public static async Task DeployAsync(HttpClient client, string baseUrl, string apiKey, string service, string path, string source, int? timeoutMs = null, int? memoryMb = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{baseUrl}/api/services/{service}/functions/{path}")
        {
            Content = JsonContent.Create(new { source, visibility = "public", timeoutMs, memoryMb }),
        };
        request.Headers.Authorization = new("Bearer", apiKey);
        using var deployed = await client.SendAsync(request);
        if (!deployed.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Deploying {service}/{path} answered {(int)deployed.StatusCode}: {await deployed.Content.ReadAsStringAsync()}");
        }
    }

    private sealed record CreatedService(string Name, string ApiKey);
}
