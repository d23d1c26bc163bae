// Snippets as Twilio's C# documentation writes them (with the client the host gives), all in one function.
using System.Xml.Linq;
using Twilio.Exceptions;
using Twilio.Jwt.AccessToken;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Rest.Lookups.V2;
using Twilio.Rest.Verify.V2.Service;
using Twilio.Security;
using Twilio.TwiML.Voice;
using Twilio.Types;

var client = Context.GetTwilioClient();

// <Connect><Stream>, <Pay>, SSML in <Say>: verbs the old hand-written copy did not have.
var response = new VoiceResponse();
var connect = new Connect();
connect.Stream(url: "wss://example.com/stream");
response.Append(connect);
response.Pay(chargeAmount: "10.00", paymentConnector: "Default");
var say = new Say("Hello");
say.Break(time: "1s");
response.Append(say);
var xml = response.ToString(SaveOptions.DisableFormatting);

try
{
    var message = await MessageResource.CreateAsync(to: new PhoneNumber("+15558675310"), from: new PhoneNumber("+15017122661"), body: xml.Length.ToString(), client: client);
    var verification = await VerificationResource.CreateAsync(to: "+15558675310", channel: "sms", pathServiceSid: "VA0123456789abcdef0123456789abcdef", client: client);
    var check = VerificationCheckResource.Create(to: "+15558675310", code: "123456", pathServiceSid: "VA0123456789abcdef0123456789abcdef", client: client);
    var number = await PhoneNumberResource.FetchAsync(pathPhoneNumber: "+15558675310", fields: "line_type_intelligence", client: client);
    Log.Info($"{message.Sid} {verification.Status} {check.Status} {number.Valid}");
}
catch (ApiException e)
{
    Log.Error($"Twilio error {e.Code} ({e.Status}): {e.MoreInfo}");
}

var token = new Token("AC0123456789abcdef0123456789abcdef", "SK0123456789abcdef0123456789abcdef", "secret", identity: "alice",
    grants: new HashSet<IGrant> { new PlaybackGrant { Grant = new Dictionary<string, object> { ["playbackUrl"] = "https://example.com/p" } } });
var valid = new RequestValidator("token").Validate("https://example.com/hook", new Dictionary<string, string> { ["From"] = "+15558675310" }, "signature");
return new { jwt = token.ToJwt(), valid };
