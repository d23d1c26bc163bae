using System.Net;
using System.Net.Http.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Invocation;

public sealed class CorsPreflightTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private readonly HttpClient _browser = factory.CreateAnonymousClient();

    [Fact]
    public async Task Preflight_NoOriginsConfigured_AllowsAnyOriginWithGetPostOptions()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/api-call", "return \"ok\";");

        using var response = await _browser.SendAsync(Preflight($"/{service.Name}/api-call", "https://app.example.com"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET, POST, OPTIONS", Single(response, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Get_NoOriginsConfigured_AnswersAllowOriginStar()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/api-call", "return \"ok\";");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{service.Name}/api-call");
        request.Headers.Add("Origin", "https://app.example.com");

        using var response = await _browser.SendAsync(request);

        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_ConfiguredOrigin_IsEchoedBack()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/api-call", "return \"ok\";");
        await ConfigureOriginsAsync(service, "https://app.example.com", "http://localhost:3000");

        using var response = await _browser.SendAsync(Preflight($"/{service.Name}/api-call", "http://localhost:3000"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("http://localhost:3000", Single(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET, POST, OPTIONS", Single(response, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Preflight_OriginNotConfigured_GetsNoAllowOrigin()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/api-call", "return \"ok\";");
        await ConfigureOriginsAsync(service, "https://app.example.com");

        using var response = await _browser.SendAsync(Preflight($"/{service.Name}/api-call", "https://evil.example.com"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Get_ConfiguredOrigin_IsEchoedOnTheActualResponse()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/api-call", "return \"ok\";");
        await ConfigureOriginsAsync(service, "https://app.example.com");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{service.Name}/api-call");
        request.Headers.Add("Origin", "https://app.example.com");

        using var response = await _browser.SendAsync(request);

        Assert.Equal("https://app.example.com", Single(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_UnknownFunction_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await _browser.SendAsync(Preflight($"/{service.Name}/missing", "https://app.example.com"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    private static async Task ConfigureOriginsAsync(TestService service, params string[] origins)
    {
        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/settings", new { corsAllowedOrigins = origins });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage Preflight(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        return request;
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : []);
}
