using System.Net;

namespace ScriptHost.Tests.Samples;

/// <summary>Calls a protected voice sample as Twilio does and reads its TwiML answer.</summary>
internal static class VoiceSampleCalls
{
    public static async Task<string> TwiMLAsync(this SampleServer server, string service, string path, List<KeyValuePair<string, string>> form)
    {
        using var response = await server.PostSignedAsync(service, path, form, TwilioWebhook.AuthToken);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {body}");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    public static async Task AssertUnsignedRefusedAsync(this SampleServer server, string service, string path)
    {
        using var response = await server.PostAsync(service, path, TwilioWebhook.IncomingCall());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
