using System.Net;
using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Serving;

/// <summary>
/// Environment hosts behind a trusted proxy that terminates TLS: the host comes from X-Forwarded-Host, and what a
/// caller signed is the environment's host with the scheme of ScriptHost:PublicBaseUrl.
/// </summary>
public sealed class EnvironmentHostRoutingBehindProxyTests(ProxiedEnvironmentHostFactory factory) : IClassFixture<ProxiedEnvironmentHostFactory>
{
    private const string AuthToken = "12345678901234567890123456789012";
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Request_ForwardedHostOfAnEnvironment_IsServedByThatEnvironment()
    {
        using var service = await factory.CreateServiceAsync("px");
        var first = await service.DeployAsync("/who", "return \"dev\";");
        await service.DeployAsync("/who", "return \"production\";");
        await service.CreateEnvironmentAsync("dev");
        await service.DeployBuildAsync("dev", first.GetProperty("buildId").GetInt32());

        using var request = new HttpRequestMessage(HttpMethod.Get, "http://localhost/who");
        request.Headers.Add("X-Forwarded-Host", $"{service.Name}-dev.{EnvironmentHostFactory.Suffix}");
        using var response = await _caller.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("dev", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Protected_SignedForTheEnvironmentHostWithThePublicBaseUrlsScheme_Runs()
    {
        using var service = await ProtectedServiceAsync("ps");
        KeyValuePair<string, string>[] form = [new("From", "+15557654321")];
        var host = $"{service.Name}.{EnvironmentHostFactory.Suffix}";

        using var httpsSigned = await _caller.SendAsync(Signed($"http://{host}/sms", form, TwilioWebhookSigner.Sign(AuthToken, $"https://{host}/sms", form)));
        using var httpSigned = await _caller.SendAsync(Signed($"http://{host}/sms", form, TwilioWebhookSigner.Sign(AuthToken, $"http://{host}/sms", form)));
        using var baseUrlSigned = await _caller.SendAsync(
            Signed($"http://{host}/sms", form, TwilioWebhookSigner.Sign(AuthToken, $"{ProxiedEnvironmentHostFactory.PublicBaseUrl}/{service.Name}/sms", form)));

        Assert.Equal(HttpStatusCode.OK, httpsSigned.StatusCode);
        await ProblemAssert.IsProblemAsync(httpSigned, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(baseUrlSigned, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Protected_ForwardedEnvironmentHostAndProto_SignedForThatUrl_Runs()
    {
        using var service = await ProtectedServiceAsync("pf");
        KeyValuePair<string, string>[] form = [new("From", "+15557654321")];
        var host = $"{service.Name}.{EnvironmentHostFactory.Suffix}";

        using var request = Signed("http://localhost/sms?a=b", form, TwilioWebhookSigner.Sign(AuthToken, $"https://{host}/sms?a=b", form));
        request.Headers.Add("X-Forwarded-Host", host);
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await _caller.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EnvironmentDto_PublicBaseUrlSet_HostUrlTakesItsScheme()
    {
        using var service = await factory.CreateServiceAsync("pd");

        var dev = await service.CreateEnvironmentAsync("dev");

        Assert.Equal($"https://{service.Name}-dev.{EnvironmentHostFactory.Suffix}/", dev.GetProperty("urls").GetProperty("host").GetString());
        Assert.Equal($"{ProxiedEnvironmentHostFactory.PublicBaseUrl}/{service.Name}@dev/", dev.GetProperty("urls").GetProperty("path").GetString());
    }

    private async Task<TestService> ProtectedServiceAsync(string prefix)
    {
        var service = await factory.CreateServiceAsync(prefix);
        await service.SetVariableAsync("TWILIO_AUTH_TOKEN", AuthToken, secret: true);
        await service.DeployAsync("/sms", TestScripts.Read("sms-reply"), visibility: "protected");
        return service;
    }

    private static HttpRequestMessage Signed(string url, KeyValuePair<string, string>[] form, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature);
        return request;
    }
}
