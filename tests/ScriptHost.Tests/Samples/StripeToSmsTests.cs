using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using static ScriptHost.Tests.Samples.TwilioWebhook;

namespace ScriptHost.Tests.Samples;

/// <summary>
/// scripts-samples/stripe-to-sms.csx, deployed public and called with Stripe events signed here as Stripe signs them
/// (HMAC-SHA256 from the framework, so the sample's own HMAC is checked too). One service sends to the real Twilio API
/// host, which does not resolve in tests; the other is pointed at the fake Twilio API.
/// </summary>
[Collection(SampleServerCollection.Name)]
public sealed class StripeToSmsTests(SampleServer server)
{
    private const string Path = "stripe-to-sms";
    private const string OfflineService = "sample-stripe-offline";
    private const string FakeApiService = "sample-stripe-fake-api";
    private const string Secret = "whsec_5e1f2b8c9d0a4e7f8b1c2d3e4f5a6b7c";
    private const string NotifyTo = "+15553334444";

    [Fact]
    public async Task PaymentIntentSucceeded_TwilioApiUnreachable_Answers502WithTheTextItWouldHaveSent()
    {
        var payload = PaymentIntentSucceeded("evt_offline_1");

        var (status, body) = await PostEventAsync(OfflineService, payload, Sign(payload, Now()));

        Assert.Equal(HttpStatusCode.BadGateway, status);
        Assert.Equal(true, (bool?)body["received"]);
        Assert.Equal(false, (bool?)body["sent"]);
        Assert.StartsWith("Could not reach the Twilio API: ", (string?)body["error"], StringComparison.Ordinal);
        JsonAssert.Equal(
            $$"""{"to":"{{NotifyTo}}","body":"Payment received: 49.00 USD from jenny.rosen@example.com for Pro plan (monthly) (pi_3PqR8sLkdIwHu7ix0Qx1a2b3)."}""",
            body["sms"]);
    }

    [Fact]
    public async Task PaymentIntentSucceeded_Signed_TextsNotifyToOnceEvenWhenStripeDeliversTwice()
    {
        var payload = PaymentIntentSucceeded("evt_3PqR8sLkdIwHu7ix1aBcDeFg");
        const string text = "Payment received: 49.00 USD from jenny.rosen@example.com for Pro plan (monthly) (pi_3PqR8sLkdIwHu7ix0Qx1a2b3).";

        var (status, body) = await PostEventAsync(FakeApiService, payload, Sign(payload, Now()));
        var (retryStatus, retryBody) = await PostEventAsync(FakeApiService, payload, Sign(payload, Now()));

        Assert.Equal(HttpStatusCode.OK, status);
        var sent = Assert.Single(server.TwilioApi.RequestsWith("Body", text));
        JsonAssert.Equal($$$"""{"received":true,"sent":true,"messageSid":"{{{sent.AnsweredSid}}}","sms":{"to":"{{{NotifyTo}}}","body":"{{{text}}}"}}""", body);
        Assert.Equal(NotifyTo, sent.Form["To"]);
        Assert.Equal(TwilioNumber, sent.Form["From"]);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}")), sent.Authorization);
        Assert.Equal(HttpStatusCode.OK, retryStatus);
        JsonAssert.Equal("""{"received":true,"duplicate":"evt_3PqR8sLkdIwHu7ix1aBcDeFg"}""", retryBody);
    }

    [Fact]
    public async Task ChargeSucceeded_ZeroDecimalCurrency_TextsTheWholeAmount()
    {
        var payload = ChargeSucceeded("evt_charge_jpy_1");

        var (status, body) = await PostEventAsync(FakeApiService, payload, Sign(payload, Now()));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Payment received: 5000 JPY from taro@example.jp (ch_3PqS1tLkdIwHu7ix0a9b8c7d).", (string?)body["sms"]?["body"]);
    }

    [Fact]
    public async Task SecretBeingRolled_SecondV1Matches_IsAccepted()
    {
        var payload = """{"id":"evt_roll_1","object":"event","type":"customer.created","data":{"object":{"id":"cus_Q1","object":"customer"}}}""";
        var t = Now();
        var header = $"t={t},v1={new string('0', 64)},v1={Hex(payload, t, Secret)}";

        var (status, body) = await PostEventAsync(OfflineService, payload, header);

        Assert.Equal(HttpStatusCode.OK, status);
        JsonAssert.Equal("""{"received":true,"ignored":"customer.created"}""", body);
    }

    [Fact]
    public async Task SignedWithAnotherSecret_Answers400()
    {
        var payload = PaymentIntentSucceeded("evt_bad_1");

        var (status, body) = await PostEventAsync(OfflineService, payload, $"t={Now()},v1={Hex(payload, Now(), "whsec_someone_else")}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        JsonAssert.Equal("""{"error":"The Stripe-Signature does not match this request."}""", body);
    }

    [Fact]
    public async Task BodyChangedAfterSigning_Answers400()
    {
        var signed = PaymentIntentSucceeded("evt_tampered_1");
        var header = Sign(signed, Now());

        var (status, _) = await PostEventAsync(OfflineService, signed.Replace("4900", "1", StringComparison.Ordinal), header);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task SignedTenMinutesAgo_Answers400()
    {
        var payload = PaymentIntentSucceeded("evt_stale_1");

        var (status, body) = await PostEventAsync(OfflineService, payload, Sign(payload, Now() - 600));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        JsonAssert.Equal("""{"error":"The Stripe-Signature timestamp is more than five minutes away from now."}""", body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=abc")]
    [InlineData("t=notanumber,v1=abc")]
    public async Task MissingOrMalformedSignatureHeader_Answers400(string? header)
    {
        var (status, body) = await PostEventAsync(OfflineService, PaymentIntentSucceeded("evt_nosig_1"), header);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        JsonAssert.Equal("""{"error":"Missing or malformed Stripe-Signature header."}""", body);
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static string Sign(string payload, long t) => $"t={t},v1={Hex(payload, t, Secret)}";

    private static string Hex(string payload, long t, string secret) => Convert.ToHexStringLower(
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t.ToString(CultureInfo.InvariantCulture)}.{payload}")));

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostEventAsync(string service, string payload, string? signatureHeader)
    {
        await EnsureServicesAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{service}/{Path}")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.UserAgent.ParseAdd("Stripe/1.0 (+https://stripe.com/docs/webhooks)");
        if (signatureHeader is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signatureHeader);
        }

        using var response = await server.Client.SendAsync(request);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private async Task EnsureServicesAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["STRIPE_WEBHOOK_SECRET"] = Secret,
            ["NOTIFY_TO"] = NotifyTo,
            ["ACCOUNT_SID"] = AccountSid,
            ["TWILIO_AUTH_TOKEN"] = AuthToken,
            ["TWILIO_PHONE_NUMBER"] = TwilioNumber,
        };
        await server.ServiceAsync(OfflineService, Path, "public", environment);
        await server.ServiceAsync(FakeApiService, Path, "public", new Dictionary<string, string>(environment) { ["TWILIO_API_BASE_URL"] = $"http://{SampleServer.FakeApiHost}" }, allowFakeApi: true);
    }

    // Shaped as Stripe sends them (API version 2024-06-20), with the fields a reader would look for.
    private static string PaymentIntentSucceeded(string eventId) => $$"""
        {
          "id": "{{eventId}}",
          "object": "event",
          "api_version": "2024-06-20",
          "created": 1719312345,
          "data": {
            "object": {
              "id": "pi_3PqR8sLkdIwHu7ix0Qx1a2b3",
              "object": "payment_intent",
              "amount": 4900,
              "amount_capturable": 0,
              "amount_received": 4900,
              "capture_method": "automatic",
              "client_secret": "pi_3PqR8sLkdIwHu7ix0Qx1a2b3_secret_kJ9XyZ",
              "confirmation_method": "automatic",
              "created": 1719312340,
              "currency": "usd",
              "customer": "cus_QhXyZ123456789",
              "description": "Pro plan (monthly)",
              "latest_charge": "ch_3PqR8sLkdIwHu7ix0a1b2c3d",
              "livemode": false,
              "metadata": {"order_id": "6735"},
              "payment_method": "pm_1PqR8rLkdIwHu7ixAbCdEfGh",
              "payment_method_types": ["card"],
              "receipt_email": "jenny.rosen@example.com",
              "status": "succeeded"
            }
          },
          "livemode": false,
          "pending_webhooks": 1,
          "request": {"id": "req_8fY3nQ2aBcDeFg", "idempotency_key": "b1e7c0a2-5d4e-4f3a-9c8b-7a6d5e4f3a2b"},
          "type": "payment_intent.succeeded"
        }
        """;

    private static string ChargeSucceeded(string eventId) => $$"""
        {
          "id": "{{eventId}}",
          "object": "event",
          "api_version": "2024-06-20",
          "created": 1719312400,
          "data": {
            "object": {
              "id": "ch_3PqS1tLkdIwHu7ix0a9b8c7d",
              "object": "charge",
              "amount": 5000,
              "amount_captured": 5000,
              "amount_refunded": 0,
              "billing_details": {"address": {"country": "JP"}, "email": "taro@example.jp", "name": "Taro Yamada", "phone": null},
              "captured": true,
              "currency": "jpy",
              "description": null,
              "paid": true,
              "payment_intent": "pi_3PqS1tLkdIwHu7ix0f9e8d7c",
              "receipt_email": null,
              "status": "succeeded"
            }
          },
          "livemode": false,
          "pending_webhooks": 1,
          "request": {"id": null, "idempotency_key": null},
          "type": "charge.succeeded"
        }
        """;
}
