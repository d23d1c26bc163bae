using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.TestSupport;
using ScriptHost.TestSupport.Servers;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Builds.Bundles;

namespace ScriptHost.Tests.Builds;

/// <summary>
/// A server killed (SIGKILL) while a build compiles comes back with that build failed, saying it was interrupted, and
/// with what was live before still live and nothing of the build served.
/// </summary>
public sealed class KilledBuildTests
{
    [Fact]
    public async Task KilledDuringBuild_Restarted_BuildIsFailedAndNothingLiveChanged()
    {
        var dataPath = ScriptHostFactory.NewDataPath();
        try
        {
            string name;
            string key;
            int buildId;
            await using (var server = await ServerProcess.StartAsync(dataPath))
            {
                using var admin = server.CreateClient(ScriptHostFactory.AdminKey);
                using var created = await admin.PostAsJsonAsync("/api/services", new { name = "killbuild-" + Guid.NewGuid().ToString("N")[..8] });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                var service = await created.Content.ReadFromJsonAsync<JsonElement>();
                name = service.GetProperty("name").GetString()!;
                key = service.GetProperty("apiKey").GetString()!;
                using var owner = server.CreateClient(key);
                var api = $"/api/services/{name}";
                using (var deployed = await owner.PutAsJsonAsync($"{api}/functions/f0", new { source = "return \"live before\";" }))
                {
                    Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
                }

                // Hundreds of distinct functions: compiling them takes far longer than it takes to see the build running.
                var bundle = new { functions = Enumerable.Range(0, 300).Select(i => Function($"/f{i}", $"return \"from the build {i}\";")).ToArray() };
                var queued = await StartAsync(owner, api, bundle);
                buildId = queued.GetProperty("id").GetInt32();
                var building = await Eventually.MatchesAsync(
                    async () => await owner.GetFromJsonAsync<JsonElement>($"{api}/builds/{buildId}"),
                    build => build.GetProperty("status").GetString() != "queued",
                    "the build to start");
                Assert.Equal("building", building.GetProperty("status").GetString());

                server.Kill();
            }

            await using var restarted = await ServerProcess.StartAsync(dataPath);
            using var restartedOwner = restarted.CreateClient(key);
            using var caller = restarted.CreateClient();

            var build = await restartedOwner.GetFromJsonAsync<JsonElement>($"/api/services/{name}/builds/{buildId}");
            Assert.Equal("failed", build.GetProperty("status").GetString());
            Assert.Equal("interrupted by a restart", build.GetProperty("reason").GetString());
            Assert.True(build.TryGetProperty("finishedAt", out var finishedAt) && finishedAt.ValueKind == JsonValueKind.String, build.ToString());
            // It still says what it held; whether each function would have compiled is not known.
            Assert.Equal(300, build.GetProperty("functions").GetArrayLength());
            Assert.All(build.GetProperty("functions").EnumerateArray(), function => Assert.Equal(JsonValueKind.Null, function.GetProperty("compiled").ValueKind));
            Assert.Equal("live before", await caller.GetStringAsync($"/{name}/f0"));
            Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/{name}/f1")).StatusCode);

            // The service can build again: nothing is left holding its one build at a time.
            var next = await BuildAsync(restartedOwner, $"/api/services/{name}", new { functions = new[] { Function("/g", "return 1;") } });
            Assert.Equal("completed", next.GetProperty("status").GetString());
        }
        finally
        {
            ScriptHostFactory.TryDeleteDirectory(Path.GetDirectoryName(dataPath)!);
        }
    }
}
