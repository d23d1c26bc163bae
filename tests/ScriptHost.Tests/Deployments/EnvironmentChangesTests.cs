using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Deployments;

/// <summary>
/// The simple path (a one-item PUT, rollback or delete on top of an environment's live build): its builds keep what
/// their compile reported, as a bundle's build does, and a change named for one environment leaves every other alone.
/// </summary>
public sealed class EnvironmentChangesTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task PutFunction_WithAWarning_ItsBuildKeepsTheWarningInTheFunctionsFile()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/clean", "return 1;");

        var deployed = await service.DeployAsync("/warned", "static int F() { int unused = 1; return 2; }\nreturn F();");

        var build = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds/{deployed.GetProperty("buildId").GetInt32()}");
        Assert.Equal("completed", build.GetProperty("status").GetString());
        var warning = Assert.Single(build.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("/warned", "CS0219", "warning"), (warning.GetProperty("file").GetString(), warning.GetProperty("id").GetString(), warning.GetProperty("severity").GetString()));
        Assert.Equal((1, 22), (warning.GetProperty("line").GetInt32(), warning.GetProperty("column").GetInt32()));
        Assert.All(build.GetProperty("functions").EnumerateArray(), function => Assert.True(function.GetProperty("compiled").GetBoolean()));
        Assert.Equal(["/clean", "/warned"], build.GetProperty("functions").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PutFunction_OnDev_DevServesItWithItsUrlAndProductionIsUnchanged()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/hello", "return \"production\";");
        await service.CreateEnvironmentAsync("dev");

        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/functions/hello?environment=dev", new { source = "return \"dev\";" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/services/{service.Name}/functions/hello?environment=dev", response.Headers.Location?.OriginalString);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith($"/{service.Name}@dev/hello", body.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("dev", await _caller.GetStringAsync($"/{service.Name}@dev/hello"));
        Assert.Equal("production", await _caller.GetStringAsync($"/{service.Name}/hello"));
        var history = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/environments/production/deployments");
        Assert.Equal(1, history.GetArrayLength());
    }

    [Fact]
    public async Task ActivateAndDelete_OnDev_ChangeOnlyDev()
    {
        using var service = await factory.CreateServiceAsync();
        await service.CreateEnvironmentAsync("dev");
        await service.Client.PutAsJsonAsync($"{service.Api}/functions/hello?environment=dev", new { source = "return \"one\";" });
        await service.Client.PutAsJsonAsync($"{service.Api}/functions/hello?environment=dev", new { source = "return \"two\";" });
        await service.DeployAsync("/hello", "return \"production\";");

        using var activated = await service.Client.PostAsync($"{service.Api}/functions/hello/versions/1/activate?environment=dev", null);

        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.Equal(1, (await activated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activeVersion").GetInt32());
        Assert.Equal("one", await _caller.GetStringAsync($"/{service.Name}@dev/hello"));
        Assert.Equal("production", await _caller.GetStringAsync($"/{service.Name}/hello"));

        using var deleted = await service.Client.DeleteAsync($"{service.Api}/functions/hello?environment=dev");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await _caller.GetAsync($"/{service.Name}@dev/hello");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("production", await _caller.GetStringAsync($"/{service.Name}/hello"));
    }

    [Fact]
    public async Task PutAsset_OnDev_ServedOnDevOnly()
    {
        using var service = await factory.CreateServiceAsync();
        await service.CreateEnvironmentAsync("dev");

        using var put = await service.Client.PutAsync($"{service.Api}/assets/note.txt?environment=dev", new StringContent("dev note"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("dev note", await _caller.GetStringAsync($"/{service.Name}@dev/note.txt"));
        using var production = await _caller.GetAsync($"/{service.Name}/note.txt");
        Assert.Equal(HttpStatusCode.NotFound, production.StatusCode);
        using var deleted = await service.Client.DeleteAsync($"{service.Api}/assets/note.txt?environment=dev");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Theory]
    [InlineData("PUT", "functions/hello")]
    [InlineData("DELETE", "functions/hello")]
    [InlineData("POST", "functions/hello/versions/1/activate")]
    [InlineData("PUT", "assets/note.txt")]
    [InlineData("DELETE", "assets/note.txt")]
    public async Task Change_UnknownEnvironment_Returns404ProblemAndChangesNothing(string method, string route)
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/hello", "return \"production\";");
        using var request = new HttpRequestMessage(new HttpMethod(method), $"{service.Api}/{route}?environment=stage")
        {
            Content = method == "PUT" ? JsonContent.Create(new { source = "return 2;" }) : null,
        };

        using var response = await service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("stage", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var history = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds");
        Assert.Equal(1, history.GetArrayLength());
    }
}
