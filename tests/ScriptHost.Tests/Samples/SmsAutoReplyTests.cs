using System.Net;
using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Samples.TwilioWebhook;

namespace ScriptHost.Tests.Samples;

/// <summary>scripts-samples/sms-auto-reply.csx, deployed protected and called as Twilio's "A message comes in" webhook.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class SmsAutoReplyTests(SampleServer server)
{
    private const string Service = "sample-sms-auto-reply";
    private const string Path = "sms-auto-reply";

    [Fact]
    public async Task Message_Hours_RepliesWithOpeningHoursFromEnvironment()
    {
        var answer = await SendAsync(IncomingMessage("hours please"));

        Assert.Equal(TwiML("<Message>Our opening hours: Mon-Fri 9am-6pm, Sat 10am-2pm</Message>"), answer);
    }

    [Fact]
    public async Task Message_Where_RepliesWithAddressAndBusinessName()
    {
        var answer = await SendAsync(IncomingMessage("Where"));

        Assert.Equal(TwiML("<Message>You'll find Owl Bakery at 1 Market St, San Francisco.</Message>"), answer);
    }

    [Fact]
    public async Task Message_PictureWithoutText_SaysThanksForThePicture()
    {
        var answer = await SendAsync(IncomingMessage("", numMedia: 1));

        Assert.Equal(TwiML("<Message>Thanks for the picture!</Message>"), answer);
    }

    [Fact]
    public async Task Message_AnythingElse_AcknowledgesAndListsKeywords()
    {
        var answer = await SendAsync(IncomingMessage("Do you have <gluten-free> bread?"));

        Assert.Equal(
            TwiML("<Message>Thanks for texting Owl Bakery! We got \"Do you have &lt;gluten-free&gt; bread?\" and will reply soon. Text HOURS for opening hours or WHERE for our address.</Message>"),
            answer);
    }

    [Fact]
    public async Task Message_Unsigned_IsRefusedWith403()
    {
        await EnsureServiceAsync();

        using var response = await server.PostAsync(Service, Path, IncomingMessage("hours"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Message_BodyChangedAfterSigning_IsRefusedWith403()
    {
        await EnsureServiceAsync();
        var signature = TwilioWebhookSigner.Sign(AuthToken, $"{SampleServer.PublicBaseUrl}/{Service}/{Path}", IncomingMessage("hours"));

        using var response = await server.PostAsync(Service, Path, IncomingMessage("where"), signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<string> SendAsync(List<KeyValuePair<string, string>> form)
    {
        await EnsureServiceAsync();
        using var response = await server.PostSignedAsync(Service, Path, form, AuthToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private Task EnsureServiceAsync() => server.ServiceAsync(Service, Path, "protected", new Dictionary<string, string>
    {
        ["TWILIO_AUTH_TOKEN"] = AuthToken,
        ["BUSINESS_NAME"] = "Owl Bakery",
        ["OPENING_HOURS"] = "Mon-Fri 9am-6pm, Sat 10am-2pm",
        ["ADDRESS"] = "1 Market St, San Francisco",
    });
}
