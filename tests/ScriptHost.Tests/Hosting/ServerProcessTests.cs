using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ScriptHost.Tests.Support;
using ScriptHost.TestSupport.Servers;

namespace ScriptHost.Tests.Hosting;

/// <summary>
/// The real server process, started from its build output the way the README runs it, killed with SIGKILL and started
/// again on the same data: everything it acknowledged before the kill is there and answers, without recompiling.
/// </summary>
public sealed class ServerProcessTests
{
    [Fact]
    public async Task KilledServer_RestartedOnSameData_ServesEverythingAcknowledgedWithoutRecompiling()
    {
        var dataPath = ScriptHostFactory.NewDataPath();
        try
        {
            string name;
            string key;
            await using (var server = await ServerProcess.StartAsync(dataPath))
            {
                using var admin = server.CreateClient(ScriptHostFactory.AdminKey);
                using var created = await admin.PostAsJsonAsync("/api/services", new { name = "crash-" + Guid.NewGuid().ToString("N")[..8] });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                var service = await created.Content.ReadFromJsonAsync<JsonElement>();
                name = service.GetProperty("name").GetString()!;
                key = service.GetProperty("apiKey").GetString()!;
                using var owner = server.CreateClient(key);
                using var caller = server.CreateClient();
                var api = $"/api/services/{name}";

                await DeployAsync(owner, $"{api}/functions/hello", "return \"v1 \" + Context.Env[\"GREETING\"];", HttpStatusCode.Created);
                await DeployAsync(owner, $"{api}/functions/hello", "return \"v2\";", HttpStatusCode.OK);
                Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"{api}/functions/hello/versions/1/activate", null)).StatusCode);
                await DeployAsync(owner, $"{api}/functions/kv", TestScripts.Read("key-value"), HttpStatusCode.Created);
                Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync($"{api}/environment/GREETING", new { value = "hej" })).StatusCode);
                using var asset = new ByteArrayContent("asset body"u8.ToArray());
                asset.Headers.ContentType = new("text/plain");
                Assert.Equal(HttpStatusCode.OK, (await owner.PutAsync($"{api}/assets/note.txt", asset)).StatusCode);
                Assert.Equal("ok", await caller.GetStringAsync($"/{name}/kv?op=set&key=acknowledged&value=yes"));
                Assert.Equal("v1 hej", await caller.GetStringAsync($"/{name}/hello"));

                // In production the framework's own errors are problem details with a detail too.
                await ProblemAssert.IsProblemAsync(
                    await owner.PutAsync($"{api}/functions/x", new StringContent("{\"source\":", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
                await ProblemAssert.IsProblemAsync(
                    await owner.PutAsync($"{api}/functions/x", new StringContent("return 1;", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);

                await ProblemAssert.IsProblemAsync(
                    await owner.PutAsJsonAsync($"{api}/functions/x", new { source = "return 1; //" + new string('x', 1024 * 1024) }), HttpStatusCode.RequestEntityTooLarge);

                using var chunked = new UnknownLengthContent(
                    JsonSerializer.SerializeToUtf8Bytes(new { source = "return 1; //" + new string('x', 1024 * 1024) }), "application/json");
                await ProblemAssert.IsProblemAsync(await owner.PutAsync($"{api}/functions/x", chunked), HttpStatusCode.RequestEntityTooLarge);

                server.Kill();
            }

            await using var restarted = await ServerProcess.StartAsync(dataPath);
            using var restartedOwner = restarted.CreateClient(key);
            using var restartedCaller = restarted.CreateClient();

            Assert.Equal("v1 hej", await restartedCaller.GetStringAsync($"/{name}/hello"));
            Assert.Equal("yes", await restartedCaller.GetStringAsync($"/{name}/kv?op=get&key=acknowledged"));
            Assert.Equal("asset body", await restartedCaller.GetStringAsync($"/{name}/note.txt"));
            var function = await restartedOwner.GetFromJsonAsync<JsonElement>($"/api/services/{name}/functions/hello");
            Assert.Equal(1, function.GetProperty("function").GetProperty("activeVersion").GetInt32());
            var health = await restartedCaller.GetFromJsonAsync<JsonElement>("/health");
            Assert.Equal(0, health.GetProperty("scriptsCompiled").GetInt64());
        }
        finally
        {
            ScriptHostFactory.TryDeleteDirectory(Path.GetDirectoryName(dataPath)!);
        }
    }

    private static async Task DeployAsync(HttpClient owner, string url, string source, HttpStatusCode expected)
    {
        using var response = await owner.PutAsJsonAsync(url, new { source });
        Assert.True(expected == response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
