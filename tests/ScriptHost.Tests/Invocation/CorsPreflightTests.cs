using System.Net;
using System.Net.Http.Json;
using ScriptHost.Invocation;
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

    [Fact]
    public async Task Preflight_StarConfigured_AllowsAnyOrigin()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/api-call", "return \"ok\";");
        await ConfigureOriginsAsync(service, "*");

        using var response = await _browser.SendAsync(Preflight($"/{service.Name}/api-call", "https://anywhere.example"));

        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_OriginConfiguredWithDefaultPortAndSlash_MatchesWhatBrowsersSend()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/api-call", "return \"ok\";");
        await ConfigureOriginsAsync(service, "HTTPS://App.Example.com:443/");

        using var response = await _browser.SendAsync(Preflight($"/{service.Name}/api-call", "https://app.example.com"));

        Assert.Equal("https://app.example.com", Single(response, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("*", "*")]
    [InlineData("https://app.example.com", "https://app.example.com")]
    [InlineData("https://app.example.com/", "https://app.example.com")]
    [InlineData("HTTPS://APP.example.COM:443", "https://app.example.com")]
    [InlineData("http://localhost:3000", "http://localhost:3000")]
    [InlineData("https://bücher.example", "https://xn--bcher-kva.example")]
    [InlineData("http://[::1]:8080", "http://[::1]:8080")]
    public void TryParseOrigin_Origin_IsNormalisedAsBrowsersSendIt(string entry, string normalized)
    {
        Assert.True(CorsPreflight.TryParseOrigin(entry, out var parsed, out var error), error);
        Assert.Equal(normalized, parsed);
    }

    [Theory]
    [InlineData("not an origin")]
    [InlineData("app.example.com")]
    [InlineData("ftp://files.example.com")]
    [InlineData("https://app.example.com/path")]
    [InlineData("https://app.example.com/?q=1")]
    [InlineData("https://app.example.com/#top")]
    [InlineData("https://user@app.example.com")]
    [InlineData("https://*.example.com")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseOrigin_NotAnOrigin_IsRefused(string? entry)
    {
        Assert.False(CorsPreflight.TryParseOrigin(entry, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
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
