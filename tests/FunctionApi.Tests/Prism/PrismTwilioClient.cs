using ScriptHost.Functions;
using Twilio.Clients;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// A function's Twilio client, as <c>Context.GetTwilioClient()</c> builds it (the library's <c>TwilioRestClient</c> over
/// the host's handler), sending through <see cref="PrismOutboundHttp"/> instead of the egress client. No
/// <c>TWILIO_API_BASE_URL</c>: the library calls each product's own host, and the transport routes by it.
/// </summary>
internal static class PrismTwilioClient
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";

    public static ITwilioRestClient Create(PrismOutboundHttp http) => new FunctionContext(
        new Dictionary<string, string> { [FunctionContext.AccountSidVariable] = AccountSid, [FunctionContext.AuthTokenVariable] = "auth-token" },
        "prism",
        "/prism",
        "functions.example.com",
        http,
        CancellationToken.None).GetTwilioClient();
}
