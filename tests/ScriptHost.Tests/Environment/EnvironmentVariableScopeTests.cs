using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Environment;

public sealed class EnvironmentVariableScopeTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private const string AuthToken = "0123456789abcdef0123456789abcdef";
    private const string ShowGreeting = "return Context.Env.TryGetValue(\"GREETING\", out var g) ? g : \"(unset)\";";

    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Invoke_EnvironmentOverridesADefault_EachUrlShowsItsOwnValue()
    {
        using var service = await DevServiceAsync("/greet", ShowGreeting);
        await service.SetVariableAsync("GREETING", "hello");
        Assert.Equal("hello", await _caller.GetStringAsync($"/{service.Name}@dev/greet"));

        await SetAsync(service, "dev", "GREETING", "hi from dev");

        Assert.Equal("hi from dev", await _caller.GetStringAsync($"/{service.Name}@dev/greet"));
        Assert.Equal("hello", await _caller.GetStringAsync($"/{service.Name}/greet"));
    }

    [Fact]
    public async Task Invoke_OverrideDeleted_FallsBackToTheDefaultOnTheNextInvocation()
    {
        using var service = await DevServiceAsync("/greet", ShowGreeting);
        await service.SetVariableAsync("GREETING", "hello");
        await SetAsync(service, "dev", "GREETING", "dev value");

        using var deleted = await service.Client.DeleteAsync($"{service.Api}/environments/dev/variables/GREETING");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("hello", await _caller.GetStringAsync($"/{service.Name}@dev/greet"));
    }

    [Fact]
    public async Task List_EffectiveAndOwn_ShowTheMergedAndTheEnvironmentsOwnVariables()
    {
        using var service = await DevServiceAsync("/greet", ShowGreeting);
        await service.SetVariableAsync("GREETING", "hello");
        await service.SetVariableAsync("ONLY_DEFAULT", "d");
        await SetAsync(service, "dev", "GREETING", "dev value");

        var own = await service.Client.GetFromJsonAsync<JsonElement[]>($"{service.Api}/environments/dev/variables");
        var effective = await service.Client.GetFromJsonAsync<JsonElement[]>($"{service.Api}/environments/dev/variables?effective=true");

        Assert.Equal("GREETING", Assert.Single(own!).GetProperty("name").GetString());
        Assert.Equal(["GREETING", "ONLY_DEFAULT"], effective!.Select(v => v.GetProperty("name").GetString()));
        Assert.Equal("dev value", effective![0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Variables_UnknownEnvironment_Return404Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var list = await service.Client.GetAsync($"{service.Api}/environments/nowhere/variables");
        using var set = await service.Client.PutAsJsonAsync($"{service.Api}/environments/nowhere/variables/A", new { value = "x" });
        using var delete = await service.Client.DeleteAsync($"{service.Api}/environments/nowhere/variables/A");

        await ProblemAssert.IsProblemAsync(list, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(set, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Protected_SignedAtTheEnvironmentUrlWithItsOwnToken_RunsTheFunction()
    {
        using var service = await DevServiceAsync("/sms", TestScripts.Read("sms-reply"), visibility: "protected");
        await service.SetVariableAsync("TWILIO_AUTH_TOKEN", "production-token-000000000000000", secret: true);
        await SetAsync(service, "dev", "TWILIO_AUTH_TOKEN", AuthToken);
        KeyValuePair<string, string>[] form = [new("From", "+15551234567"), new("Body", "hi")];
        var path = $"/{service.Name}@dev/sms";

        using var signed = await _caller.SendAsync(Signed(path, form, TwilioWebhookSigner.Sign(AuthToken, $"http://localhost{path}", form)));
        using var signedWithoutEnvironment = await _caller.SendAsync(
            Signed(path, form, TwilioWebhookSigner.Sign(AuthToken, $"http://localhost/{service.Name}/sms", form)));

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        await ProblemAssert.IsProblemAsync(signedWithoutEnvironment, HttpStatusCode.Forbidden);
    }

    private async Task<TestService> DevServiceAsync(string path, string source, string visibility = "public")
    {
        var service = await factory.CreateServiceAsync();
        var deployed = await service.DeployAsync(path, source, visibility);
        await service.CreateEnvironmentAsync("dev");
        await service.DeployBuildAsync("dev", deployed.GetProperty("buildId").GetInt32());
        return service;
    }

    private static async Task SetAsync(TestService service, string environment, string name, string value)
    {
        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/environments/{environment}/variables/{name}", new { value });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage Signed(string path, IEnumerable<KeyValuePair<string, string>> form, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature);
        return request;
    }
}
