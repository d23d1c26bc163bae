using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Assets;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Hosting;

/// <summary>
/// A server stopped and started again on the same database serves everything it acknowledged — services, keys,
/// functions at their active version, environment, assets, key-value entries, usage — without compiling anything.
/// </summary>
public sealed class RestartPersistenceTests
{
    [Fact]
    public async Task Restart_SameDatabase_ServesEverythingWithoutRecompiling()
    {
        var dataPath = ScriptHostFactory.NewDataPath();
        try
        {
            var (name, key) = await PopulateAsync(dataPath);

            await using var restarted = ScriptHostFactory.OnDatabase(dataPath);
            using var caller = restarted.CreateAnonymousClient();
            using var owner = restarted.CreateClientWithKey(key);
            var api = $"/api/services/{name}";

            Assert.Equal(0, await ScriptsCompiledAsync(restarted));
            Assert.Equal("first", await caller.GetStringAsync($"/{name}/versioned"));
            Assert.Equal("bonjour", await caller.GetStringAsync($"/{name}/env"));
            Assert.Equal("kept", await caller.GetStringAsync($"/{name}/kv?op=get&key=survivor"));
            Assert.Equal("private bytes", await caller.GetStringAsync($"/{name}/read?asset=/private.txt"));
            Assert.Equal("public bytes", await caller.GetStringAsync($"/{name}/public.txt"));
            Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/{name}/private.txt")).StatusCode);

            var function = await owner.GetFromJsonAsync<JsonElement>($"{api}/functions/versioned");
            Assert.Equal(1, function.GetProperty("function").GetProperty("activeVersion").GetInt32());
            Assert.Equal(2, function.GetProperty("latestVersion").GetInt32());
            var variables = await owner.GetFromJsonAsync<JsonElement>($"{api}/environment");
            Assert.True(Assert.Single(variables.EnumerateArray()).GetProperty("secret").GetBoolean());
            var settings = await owner.GetFromJsonAsync<JsonElement>($"{api}/settings");
            Assert.Equal("https://app.example.com", Assert.Single(settings.GetProperty("corsAllowedOrigins").EnumerateArray()).GetString());
            var usage = await owner.GetFromJsonAsync<JsonElement>($"{api}/usage");
            // The three invocations before the stop: a graceful stop flushes the journal, so none is lost.
            Assert.Equal(3, usage.GetProperty("invocations").GetInt64());

            Assert.Equal(0, await ScriptsCompiledAsync(restarted));
        }
        finally
        {
            ScriptHostFactory.TryDeleteDirectory(Path.GetDirectoryName(dataPath)!);
        }
    }

    /// <summary>Fills a server on <paramref name="dataPath"/>, then stops it; returns the service's name and key.</summary>
    private static async Task<(string Name, string Key)> PopulateAsync(string dataPath)
    {
        await using var first = ScriptHostFactory.OnDatabase(dataPath);
        using var service = await first.CreateServiceAsync("restart");
        await service.DeployAsync("/versioned", "return \"first\";");
        await service.DeployAsync("/versioned", "return \"second\";");
        using (var rollback = await service.Client.PostAsync($"{service.Api}/functions/versioned/versions/1/activate", null))
        {
            Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        }

        await service.DeployAsync("/env", "return Context.Env[\"GREETING\"];");
        await service.DeployAsync("/kv", TestScripts.Read("key-value"));
        await service.DeployAsync("/read", TestScripts.Read("read-asset"));
        await service.SetVariableAsync("GREETING", "bonjour", secret: true);
        await AssetEndpointsTests.PutAsync(service, "public.txt", "public bytes"u8.ToArray(), "text/plain", "public");
        await AssetEndpointsTests.PutAsync(service, "private.txt", "private bytes"u8.ToArray(), "text/plain", "private");
        using (var settings = await service.Client.PutAsJsonAsync($"{service.Api}/settings", new { corsAllowedOrigins = new[] { "https://app.example.com" } }))
        {
            Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        }

        using var caller = first.CreateAnonymousClient();
        Assert.Equal("ok", await caller.GetStringAsync($"/{service.Name}/kv?op=set&key=survivor&value=kept"));
        Assert.Equal("first", await caller.GetStringAsync($"/{service.Name}/versioned"));
        Assert.Equal("bonjour", await caller.GetStringAsync($"/{service.Name}/env"));
        return (service.Name, service.ApiKey);
    }

    internal static async Task<long> ScriptsCompiledAsync(ScriptHostFactory factory)
    {
        using var client = factory.CreateAnonymousClient();
        return (await client.GetFromJsonAsync<JsonElement>("/health")).GetProperty("scriptsCompiled").GetInt64();
    }
}
