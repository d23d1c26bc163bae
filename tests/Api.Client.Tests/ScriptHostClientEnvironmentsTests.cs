using System.Net;
using ScriptHost.Api.Client.Tests.Support;
using ScriptHost.Api.Contracts.Builds;
using ScriptHost.Api.Contracts.WebhookTesting;

namespace ScriptHost.Api.Client.Tests;

[Collection(ServerCollection.Name)]
public sealed class ScriptHostClientEnvironmentsTests(ServerFixture fixture)
{
    [Fact]
    public async Task CreateGetListDeleteEnvironment_RoundTrip_ListsItUntilDeleted()
    {
        var (service, client) = await fixture.NewServiceAsync("environments");
        using var _ = client;

        var created = await client.CreateEnvironmentAsync(service, "staging");
        var found = await client.GetEnvironmentAsync(service, "staging");
        var listed = await client.ListEnvironmentsAsync(service);
        await client.DeleteEnvironmentAsync(service, "staging");

        Assert.Equal("staging", created.Name);
        Assert.Null(found.LiveBuildId);
        Assert.Contains($"/{service}@staging", found.Urls.Path, StringComparison.Ordinal);
        Assert.Equal(["production", "staging"], listed.Select(environment => environment.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["production"], (await client.ListEnvironmentsAsync(service)).Select(environment => environment.Name));
    }

    [Fact]
    public async Task SignAsTwilio_EnvironmentWithToken_AnswersASignatureTheProtectedFunctionAccepts()
    {
        var (service, client) = await fixture.NewServiceAsync("signing");
        using var _ = client;
        await client.SetServiceVariableAsync(service, "TWILIO_AUTH_TOKEN", "0123456789abcdef0123456789abcdef", secret: true);
        var queued = await client.CreateBuildAsync(
            service, new BundleRequest([new BundleFunction("sms", "return \"signed \" + Event.Get(\"Body\");", "protected", null, null)], null, null));
        var build = await client.WaitForBuildAsync(service, queued.Id);
        await client.DeployBuildAsync(service, "production", build.Id);
        var parameters = new Dictionary<string, string> { ["Body"] = "hi", ["From"] = "+15551234567" };

        var signed = await client.SignAsTwilioAsync(service, "production", new TwilioSignatureRequest("/sms", "POST", parameters, Json: null));

        using var http = fixture.Server.CreateClient();
        using var unsigned = await http.PostAsync(signed.Path, new FormUrlEncodedContent(parameters));
        using var request = new HttpRequestMessage(HttpMethod.Post, signed.Path) { Content = new FormUrlEncodedContent(parameters) };
        request.Headers.Add("X-Twilio-Signature", signed.Signature);
        using var answer = await http.SendAsync(request);
        Assert.False(unsigned.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("signed hi", await answer.Content.ReadAsStringAsync());
    }
}
