// One-time passcodes by SMS, with Twilio Verify. Your app POSTs To (E.164) to start: Verify texts that number a code
// and the function answers 202 {status: "pending"}. Then your app POSTs To and Code: the function asks Verify whether
// the code is right and answers 200 {verified: true}, 401 {verified: false} for a wrong code, or 404 when no code is
// pending for the number (approved already, expired after ten minutes, or never sent). Verify makes, sends, expires
// and rate-limits the codes: this function stores nothing. 400 for a bad form, 502 when Twilio refused the request
// (ApiException) or could not be reached (ApiConnectionException).
// Point at it: your app's sign-in screen, e.g. a form POSTing To (then To and Code) to
// https://<host>/<service>/verify-otp; no Twilio webhook calls it.
// Environment: ACCOUNT_SID and TWILIO_AUTH_TOKEN (your account's credentials), VERIFY_SERVICE_SID (VA..., Console →
// Verify → Services), TWILIO_API_BASE_URL (optional, as in send-sms-form.csx).
// Deploy with visibility "public": the person signing in cannot sign requests. Anyone may then ask for codes to any
// number, so turn on Verify's Fraud Guard and rate limits for the service.

using System.Text.RegularExpressions;
using Twilio.Exceptions;
using Twilio.Rest.Verify.V2.Service;

if (Request.Method != "POST")
{
    return Answer(405, new { error = "Send the form with POST." });
}

var serviceSid = Context.Env.GetValueOrDefault("VERIFY_SERVICE_SID", "");
if (serviceSid.Length == 0)
{
    Log.Error("Set VERIFY_SERVICE_SID (and ACCOUNT_SID, TWILIO_AUTH_TOKEN) to send codes.");
    return Answer(500, new { error = "Verification is not set up yet." });
}

var to = Event.Get("To").Trim();
if (!Regex.IsMatch(to, @"^\+[1-9][0-9]{6,14}$", RegexOptions.None, TimeSpan.FromMilliseconds(100)))
{
    return Answer(400, new { error = "'To' must be a phone number in E.164 form, e.g. +15558675310." });
}

var code = Event.Get("Code").Trim();
try
{
    if (code.Length == 0)
    {
        var verification = await VerificationResource.CreateAsync(
            pathServiceSid: serviceSid,
            to: to,
            channel: "sms",
            client: Context.GetTwilioClient());
        Log.Info($"Sent a code to {to} ({verification.Sid})");
        return Answer(202, new { status = verification.Status });
    }

    var check = await VerificationCheckResource.CreateAsync(
        pathServiceSid: serviceSid,
        to: to,
        code: code,
        client: Context.GetTwilioClient());
    var verified = check.Status == "approved";
    return Answer(verified ? 200 : 401, new { verified });
}
catch (ApiException e) when (e.Status == 404)
{
    // Verify forgets a verification once it is approved or expired: the person asks for a new code.
    return Answer(404, new { verified = false, error = "No code is pending for this number; ask for a new one." });
}
catch (ApiException e)
{
    Log.Error($"Verify refused the request: {e.Message}");
    return Answer(502, new { error = "Twilio Verify did not accept the request.", twilioStatus = e.Status, twilioCode = e.Code.ToString(), detail = e.Message });
}
catch (ApiConnectionException e)
{
    var reason = e.InnerException?.Message ?? e.Message;
    Log.Error($"Could not reach Twilio Verify: {reason}");
    return Answer(502, new { error = "Could not reach Twilio Verify.", detail = reason });
}

static Response Answer(int status, object body) => new Response().SetStatusCode(status).SetBody(body);
