using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace ScriptHost.Benchmarks.Support;

/// <summary>
/// One service's environments, builds and deployments through the management API (issue 12's path: post a bundle,
/// wait until its build has completed, deploy it), with the service's key. Every wait is bounded.
/// </summary>
internal sealed class ScriptHostBuilds(HttpClient client, string baseUrl, string service, string apiKey)
{
    private string ServiceUrl => $"{baseUrl}/api/services/{service}";

    /// <summary>Creates an environment of the service (served at <c>/{service}@{name}/...</c>).</summary>
    public async Task CreateEnvironmentAsync(string name)
    {
        using var created = await SendAsync(HttpMethod.Post, ServiceUrl + "/environments", new { name });
        await ExpectAsync(created, HttpStatusCode.Created, $"creating environment '{name}'");
    }

    /// <summary>Posts a bundle of public functions; returns the queued build's number (the server answers 202 at once).</summary>
    public async Task<int> PostBundleAsync(IEnumerable<(string Path, string Source)> functions)
    {
        var bundle = new { functions = functions.Select(f => new { path = f.Path, source = f.Source, visibility = "public" }).ToList() };
        using var accepted = await SendAsync(HttpMethod.Post, ServiceUrl + "/builds", bundle);
        await ExpectAsync(accepted, HttpStatusCode.Accepted, "posting a bundle");
        return (await accepted.Content.ReadFromJsonAsync<BuildState>(Results.Json))!.Id;
    }

    /// <summary>
    /// Polls the build every <paramref name="interval"/> until it has completed (a failed build throws with its
    /// diagnostics), for at most <paramref name="limit"/>.
    /// </summary>
    public async Task<BuildState> WaitCompletedAsync(int buildId, TimeSpan interval, TimeSpan limit)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            using var response = await SendAsync(HttpMethod.Get, $"{ServiceUrl}/builds/{buildId.ToString(CultureInfo.InvariantCulture)}");
            await ExpectAsync(response, HttpStatusCode.OK, $"reading build {buildId}");
            var build = (await response.Content.ReadFromJsonAsync<BuildState>(Results.Json))!;
            switch (build.Status)
            {
                case "completed":
                    return build;
                case "failed":
                    throw new InvalidOperationException($"Build {buildId} of {service} failed: {build.Reason} {await response.Content.ReadAsStringAsync()}");
            }

            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"Build {buildId} of {service} was still {build.Status} after {limit.TotalSeconds} s.");
            }

            await Task.Delay(interval);
        }
    }

    /// <summary>Makes a completed build live on an environment (201); returns the deployment's number.</summary>
    public async Task<int> DeployAsync(string environment, int buildId)
    {
        using var created = await SendAsync(HttpMethod.Post, $"{ServiceUrl}/environments/{environment}/deployments", new { buildId });
        await ExpectAsync(created, HttpStatusCode.Created, $"deploying build {buildId} to {environment}");
        return (await created.Content.ReadFromJsonAsync<DeploymentState>(Results.Json))!.Id;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", apiKey);
        return await client.SendAsync(request);
    }

    private async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{service}: {what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private sealed record DeploymentState(int Id, int BuildId);
}

/// <summary>A build as <c>GET .../builds/{id}</c> answers it, as far as the benchmark reads it.</summary>
internal sealed record BuildState(int Id, string Status, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, IReadOnlyList<BuildStateFunction> Functions, string? Reason)
{
    /// <summary>The server's own build time: queued to completed, without the upload or the polling.</summary>
    public double ServerMs => FinishedAt is { } finished ? (finished - CreatedAt).TotalMilliseconds : double.NaN;

    public int ReusedCount => Functions.Count(f => f.Reused);
}

/// <summary>A function of a build: whether the build reused a stored image for it instead of compiling.</summary>
internal sealed record BuildStateFunction(string Path, int? Version, bool Reused);
