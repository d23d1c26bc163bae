using System.Net;
using System.Net.Http.Json;
using ScriptHost.Tests.Assets;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Security;

/// <summary>Service A's key and A's functions never reach anything of service B; B's routes answer A with 404.</summary>
public sealed class TenantIsolationTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    public static TheoryData<string, string> ServiceRoutes => new()
    {
        { "GET", "functions" },
        { "GET", "functions/f" },
        { "GET", "functions/f/versions/1" },
        { "POST", "functions/f/versions/1/activate" },
        { "DELETE", "functions/f" },
        { "GET", "environment" },
        { "DELETE", "environment/SECRET" },
        { "GET", "assets" },
        { "DELETE", "assets/data.txt" },
        { "GET", "logs" },
        { "GET", "logs/stream" },
        { "GET", "invocations" },
        { "GET", "usage" },
        { "GET", "settings" },
    };

    [Theory]
    [MemberData(nameof(ServiceRoutes))]
    public async Task OtherTenantsKey_AnyServiceRoute_Returns404Problem(string method, string route)
    {
        var (a, b) = await CreatePairAsync();
        using (a)
        using (b)
        {
            using var response = await a.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{b.Api}/{route}"));

            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task OtherTenantsKey_Writes_Return404AndChangeNothing()
    {
        var (a, b) = await CreatePairAsync();
        using (a)
        using (b)
        {
            await ProblemAssert.IsProblemAsync(
                await a.Client.PutAsJsonAsync($"{b.Api}/functions/f", new { source = "return \"hijacked\";" }), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(
                await a.Client.PutAsJsonAsync($"{b.Api}/environment/SECRET", new { value = "overwritten" }), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(
                await a.Client.PutAsync($"{b.Api}/assets/data.txt", new ByteArrayContent("overwritten"u8.ToArray())), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(
                await a.Client.PutAsJsonAsync($"{b.Api}/settings", new { corsAllowedOrigins = new[] { "https://evil.example" } }), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(
                await a.Client.PostAsJsonAsync($"{b.Api}/run", new { source = "return Context.Env[\"SECRET\"];" }), HttpStatusCode.NotFound);

            using var anonymous = factory.CreateAnonymousClient();
            Assert.Equal("b-function", await anonymous.GetStringAsync($"/{b.Name}/f"));
            Assert.Equal("b-data", await anonymous.GetStringAsync($"/{b.Name}/data.txt"));
            Assert.Equal("b-secret", await anonymous.GetStringAsync($"/{b.Name}/show-secret"));
        }
    }

    [Fact]
    public async Task FunctionOfA_ReadsStoreAssetsAndEnvironment_SeesOnlyItsOwnService()
    {
        var (a, b) = await CreatePairAsync();
        using (a)
        using (b)
        {
            await a.DeployAsync("/kv", TestScripts.Read("key-value"));
            await a.DeployAsync("/read", TestScripts.Read("read-asset"));
            await a.DeployAsync("/env", "return Context.Env.TryGetValue(\"SECRET\", out var s) ? s : \"(unset)\";");
            await a.DeployAsync("/call", "return (await Functions.InvokeAsync(\"/secret\")).StatusCode.ToString();");
            using var anonymous = factory.CreateAnonymousClient();

            Assert.Equal("(missing)", await anonymous.GetStringAsync($"/{a.Name}/kv?op=get&key=shared"));
            Assert.Equal(string.Empty, await anonymous.GetStringAsync($"/{a.Name}/kv?op=list"));
            Assert.Equal("(missing)", await anonymous.GetStringAsync($"/{a.Name}/read?asset=/private.txt"));
            Assert.Equal("(unset)", await anonymous.GetStringAsync($"/{a.Name}/env"));
            Assert.Equal("404", await anonymous.GetStringAsync($"/{a.Name}/call"));
            Assert.Equal("b-store", await anonymous.GetStringAsync($"/{b.Name}/kv?op=get&key=shared"));
        }
    }

    /// <summary>Service B holds a function, a secret variable, public and private assets and a store entry.</summary>
    private async Task<(TestService A, TestService B)> CreatePairAsync()
    {
        var a = await factory.CreateServiceAsync("tenant-a");
        var b = await factory.CreateServiceAsync("tenant-b");
        await b.DeployAsync("/f", "return \"b-function\";");
        await b.DeployAsync("/secret", "return Context.Env[\"SECRET\"];", visibility: "private");
        await b.DeployAsync("/show-secret", "return Context.Env[\"SECRET\"];");
        await b.DeployAsync("/kv", TestScripts.Read("key-value"));
        await b.SetVariableAsync("SECRET", "b-secret", secret: true);
        await AssetEndpointsTests.PutAsync(b, "data.txt", "b-data"u8.ToArray(), "text/plain", "public");
        await AssetEndpointsTests.PutAsync(b, "private.txt", "b-private"u8.ToArray(), "text/plain", "private");
        using var anonymous = factory.CreateAnonymousClient();
        Assert.Equal("ok", await anonymous.GetStringAsync($"/{b.Name}/kv?op=set&key=shared&value=b-store"));
        return (a, b);
    }
}
