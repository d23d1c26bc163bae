using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Serving;

/// <summary>
/// With ScriptHost:EnvironmentHostSuffix set, <c>{service}.{suffix}</c> serves production and
/// <c>{service}-{environment}.{suffix}</c> another environment, every path there being a function or asset path;
/// other hosts keep only the path form. Requests name the host in their URL, as a caller resolving the wildcard does.
/// </summary>
public sealed class EnvironmentHostRoutingTests(EnvironmentHostFactory factory) : IClassFixture<EnvironmentHostFactory>
{
    private const string AuthToken = "12345678901234567890123456789012";
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Request_ServiceLabel_ServesProduction()
    {
        using var service = await factory.CreateServiceAsync("hp");
        await service.DeployAsync("/hello", "return \"production\";");

        Assert.Equal("production", await _caller.GetStringAsync(Host(service.Name, "/hello")));
        Assert.Equal("production", await _caller.GetStringAsync($"http://{service.Name.ToUpperInvariant()}.FN.Example.com/hello"));
    }

    [Fact]
    public async Task Request_EnvironmentLabel_ServesThatEnvironmentsBuildAndVariables()
    {
        using var service = await factory.CreateServiceAsync("he");
        var first = await service.DeployAsync("/context", TestScripts.Read("echo-context"));
        await service.DeployAsync("/context", "return \"second build\";");
        await service.CreateEnvironmentAsync("dev");
        await service.DeployBuildAsync("dev", first.GetProperty("buildId").GetInt32());
        using (var set = await service.Client.PutAsJsonAsync($"{service.Api}/environments/dev/variables/GREETING", new { value = "hello dev" }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        var dev = await _caller.GetFromJsonAsync<JsonElement>(Host($"{service.Name}-dev", "/context"));
        var production = await _caller.GetStringAsync(Host(service.Name, "/context"));

        Assert.Equal("hello dev", dev.GetProperty("greeting").GetString());
        Assert.Equal($"{service.Name}-dev.{EnvironmentHostFactory.Suffix}", dev.GetProperty("domain").GetString());
        Assert.Equal("second build", production);
    }

    [Fact]
    public async Task Request_OnEnvironmentHost_FunctionSeesThePathItWasSentWith()
    {
        using var service = await factory.CreateServiceAsync("hq");
        await service.DeployAsync("/api/echo", TestScripts.Read("echo-request"));

        // /api/... on an environment's host is that environment's function, not the management API.
        var echoed = await _caller.GetFromJsonAsync<JsonElement>(Host(service.Name, "/api/echo?x=1"));

        Assert.Equal("/api/echo", echoed.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Request_UnknownLabel_Returns404ProblemNamingTheHost()
    {
        using var response = await _caller.GetAsync(Host("nobody-here", "/hello"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal($"No service or environment is served at 'nobody-here.{EnvironmentHostFactory.Suffix}'.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Request_ProductionSpelledAsEnvironmentLabel_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync("hn");
        await service.DeployAsync("/hello", "return 1;");

        using var response = await _caller.GetAsync(Host($"{service.Name}-production", "/hello"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("fn.example.com")]
    [InlineData("deeper.label.fn.example.com")]
    [InlineData("other.example.org")]
    public async Task Request_OtherHost_KeepsThePathFormAndTheApi(string host)
    {
        using var service = await factory.CreateServiceAsync("ho");
        await service.DeployAsync("/hello", "return \"path form\";");
        await service.CreateEnvironmentAsync("dev");
        await service.DeployBuildAsync("dev", 1);

        Assert.Equal("path form", await _caller.GetStringAsync($"http://{host}/{service.Name}/hello"));
        Assert.Equal("path form", await _caller.GetStringAsync($"http://{host}/{service.Name}@dev/hello"));
        using var api = await service.Client.GetAsync($"http://{host}{service.Api}/environments");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Request_ForwardedHostWithoutATrustedProxy_IsNotHostRouted()
    {
        using var service = await factory.CreateServiceAsync("hf");
        await service.DeployAsync("/hello", "return \"production\";");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://localhost/{service.Name}/hello");
        request.Headers.Add("X-Forwarded-Host", $"{service.Name}.{EnvironmentHostFactory.Suffix}");
        using var response = await _caller.SendAsync(request);

        // Routed by host, the path would have meant the function "/{service}/hello", which does not exist.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("production", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CreateEnvironment_LabelOfAServiceWithADash_IsRefusedAndEachLabelRoutesToItsOwner()
    {
        // "{a}" with environment "b-c" and "{a}-b" with environment "c" would share the label "{a}-b-c".
        using var a = await factory.CreateServiceAsync("hl");
        var first = await a.DeployAsync("/who", "return \"a, b-c\";");
        await a.CreateEnvironmentAsync("b-c");
        await a.DeployBuildAsync("b-c", first.GetProperty("buildId").GetInt32());
        await a.DeployAsync("/who", "return \"a, production\";");
        using var admin = factory.CreateAdminClient();
        using var created = await admin.PostAsJsonAsync("/api/services", new { name = a.Name + "-b" });
        var aB = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var aBClient = factory.CreateClientWithKey(aB.GetProperty("apiKey").GetString()!);
        using (var deploy = await aBClient.PutAsJsonAsync($"/api/services/{a.Name}-b/functions/who", new { source = "return \"a-b, production\";" }))
        {
            Assert.Equal(HttpStatusCode.Created, deploy.StatusCode);
        }

        using var refused = await aBClient.PostAsJsonAsync($"/api/services/{a.Name}-b/environments", new { name = "c" });

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal(
            $"Environment 'c' would be served under host label '{a.Name}-b-c', which is already environment 'b-c' of service '{a.Name}'; pick another name.",
            problem.GetProperty("detail").GetString());
        Assert.Equal("a, b-c", await _caller.GetStringAsync(Host($"{a.Name}-b-c", "/who")));
        Assert.Equal("a-b, production", await _caller.GetStringAsync(Host($"{a.Name}-b", "/who")));
        Assert.Equal("a, production", await _caller.GetStringAsync(Host(a.Name, "/who")));
    }

    [Fact]
    public async Task Protected_SignedForTheHostFormUrl_RunsAndTheSameSignatureOnThePathFormIsRefused()
    {
        using var service = await factory.CreateServiceAsync("hs");
        await service.SetVariableAsync("TWILIO_AUTH_TOKEN", AuthToken, secret: true);
        var deployed = await service.DeployAsync("/sms", TestScripts.Read("sms-reply"), visibility: "protected");
        await service.CreateEnvironmentAsync("dev");
        await service.DeployBuildAsync("dev", deployed.GetProperty("buildId").GetInt32());
        KeyValuePair<string, string>[] form = [new("From", "+15551234567")];
        var hostUrl = Host($"{service.Name}-dev", "/sms?source=twilio");
        var signature = TwilioWebhookSigner.Sign(AuthToken, hostUrl, form);

        using var onHost = await _caller.SendAsync(Signed(hostUrl, form, signature));
        using var onPath = await _caller.SendAsync(Signed($"http://localhost/{service.Name}@dev/sms?source=twilio", form, signature));
        using var pathSignedOnHost = await _caller.SendAsync(
            Signed(hostUrl, form, TwilioWebhookSigner.Sign(AuthToken, $"http://localhost/{service.Name}@dev/sms?source=twilio", form)));

        Assert.Equal(HttpStatusCode.OK, onHost.StatusCode);
        Assert.Contains("<Message>hi +15551234567</Message>", await onHost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(onPath, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(pathSignedOnHost, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ProtectedAsset_SignedForTheHostFormUrl_IsServedAndTheSameSignatureOnThePathFormIsRefused()
    {
        using var service = await factory.CreateServiceAsync("ha");
        await service.SetVariableAsync("TWILIO_AUTH_TOKEN", AuthToken, secret: true);
        var uploaded = await service.PutAssetAsync("/hold.xml", "<Response/>", visibility: "protected");
        await service.CreateEnvironmentAsync("dev");
        await service.DeployBuildAsync("dev", uploaded.GetProperty("buildId").GetInt32());
        var hostUrl = Host($"{service.Name}-dev", "/hold.xml?CallSid=CA1");
        var signature = TwilioWebhookSigner.Sign(AuthToken, hostUrl);

        using var onHost = await _caller.SendAsync(SignedGet(hostUrl, signature));
        using var onPath = await _caller.SendAsync(SignedGet($"http://localhost/{service.Name}@dev/hold.xml?CallSid=CA1", signature));
        using var unsignedOnHost = await _caller.GetAsync(hostUrl);

        Assert.Equal(HttpStatusCode.OK, onHost.StatusCode);
        Assert.Equal("<Response/>", await onHost.Content.ReadAsStringAsync());
        await ProblemAssert.IsProblemAsync(onPath, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(unsignedOnHost, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task EnvironmentDto_SuffixConfigured_ShowsTheHostUrlWhenTheLabelFitsDns()
    {
        using var service = await factory.CreateServiceAsync("hd");
        using var admin = factory.CreateAdminClient();
        var longName = ("hd" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"))[..63];
        using var created = await admin.PostAsJsonAsync("/api/services", new { name = longName });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var dev = await service.CreateEnvironmentAsync("dev");
        var production = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/environments/production");
        using var longDev = await admin.PostAsJsonAsync($"/api/services/{longName}/environments", new { name = "dev" });
        var longEnvironments = await admin.GetFromJsonAsync<JsonElement[]>($"/api/services/{longName}/environments");

        Assert.Equal($"http://{service.Name}-dev.{EnvironmentHostFactory.Suffix}/", dev.GetProperty("urls").GetProperty("host").GetString());
        Assert.Equal($"http://localhost/{service.Name}@dev/", dev.GetProperty("urls").GetProperty("path").GetString());
        Assert.Equal($"http://{service.Name}.{EnvironmentHostFactory.Suffix}/", production.GetProperty("urls").GetProperty("host").GetString());
        Assert.Equal(HttpStatusCode.Created, longDev.StatusCode);
        var hosts = longEnvironments!.ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("urls").GetProperty("host"));
        Assert.Equal(JsonValueKind.Null, hosts["dev"].ValueKind);
        Assert.Equal($"http://{longName}.{EnvironmentHostFactory.Suffix}/", hosts["production"].GetString());
    }

    [Theory]
    [InlineData("https://fn.example.com")]
    [InlineData("fn.example.com:8080")]
    [InlineData(".fn.example.com")]
    [InlineData("Fn.Example.com")]
    [InlineData("fn.example.com/")]
    [InlineData("fn..example.com")]
    public void Start_SuffixNotALowerCaseDnsName_FailsNamingTheSetting(string suffix)
    {
        using var server = factory.WithWebHostBuilder(builder => builder.UseSetting("ScriptHost:EnvironmentHostSuffix", suffix));

        var refused = Assert.Throws<OptionsValidationException>(() => server.CreateClient());

        Assert.Contains("ScriptHost:EnvironmentHostSuffix must be a lower-case DNS name", refused.Message, StringComparison.Ordinal);
    }

    private static string Host(string label, string pathAndQuery) => $"http://{label}.{EnvironmentHostFactory.Suffix}{pathAndQuery}";

    private static HttpRequestMessage SignedGet(string url, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Twilio-Signature", signature);
        return request;
    }

    private static HttpRequestMessage Signed(string url, KeyValuePair<string, string>[] form, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature);
        return request;
    }
}
