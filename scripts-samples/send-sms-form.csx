// Send an SMS from a web form. A browser form (or curl) POSTs To, Body and Passcode; the function checks the
// passcode, validates the number and the text, and sends the message from TWILIO_PHONE_NUMBER with the REST client
// (MessageResource.CreateAsync of Twilio's C# library, with client: Context.GetTwilioClient()). It answers JSON: 201
// {sid, status, to} when Twilio accepted the message, 400 for a bad form, 401 for a wrong passcode, 502 when Twilio
// refused it (ApiException) or could not be reached (ApiConnectionException).
// Point at it: your form's action, e.g. <form method="post" action="https://<host>/<service>/send-sms-form">; no
// Twilio webhook calls it.
// Environment: ACCOUNT_SID and TWILIO_AUTH_TOKEN (your account's credentials), TWILIO_PHONE_NUMBER (the sender, one
// of your numbers), FORM_PASSCODE (what the form must send), TWILIO_API_BASE_URL (optional: a server every Twilio API
// request goes to instead, such as a mock; it must also be on the service's egress allowlist).
// Deploy with visibility "public": a browser cannot sign its requests, so the passcode keeps strangers from sending
// texts on your account.

using System.Text.RegularExpressions;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

if (Request.Method != "POST")
{
    return Answer(405, new { error = "Send the form with POST." });
}

if (!Context.Env.TryGetValue("FORM_PASSCODE", out var passcode) || !Crypto.FixedTimeEquals(Event.Get("Passcode"), passcode))
{
    return Answer(401, new { error = "Wrong passcode." });
}

var to = Event.Get("To").Trim();
var text = Event.Get("Body").Trim();
var problems = new List<string>();
if (to.Length == 0)
{
    problems.Add("'To' is required.");
}
else if (!Regex.IsMatch(to, @"^\+[1-9][0-9]{6,14}$", RegexOptions.None, TimeSpan.FromMilliseconds(100)))
{
    problems.Add("'To' must be a phone number in E.164 form, e.g. +15558675310.");
}

if (text.Length == 0)
{
    problems.Add("'Body' is required.");
}
else if (text.Length > 1600)
{
    problems.Add("'Body' must be at most 1600 characters.");
}

if (problems.Count > 0)
{
    return Answer(400, new { error = "The form is not valid.", problems });
}

var sender = Context.Env.GetValueOrDefault("TWILIO_PHONE_NUMBER", "");
if (sender.Length == 0)
{
    Log.Error("Set TWILIO_PHONE_NUMBER (and ACCOUNT_SID, TWILIO_AUTH_TOKEN) to send messages.");
    return Answer(500, new { error = "This form is not set up to send messages yet." });
}

MessageResource message;
try
{
    message = await MessageResource.CreateAsync(
        to: new PhoneNumber(to),
        from: new PhoneNumber(sender),
        body: text,
        client: Context.GetTwilioClient());
}
catch (ApiException e)
{
    // Twilio answered with its error JSON, e.g. code 21211: "The 'To' number ... is not a valid phone number."
    Log.Error($"Twilio refused the message: {e.Message}");
    return Answer(502, new { error = "Twilio did not accept the message.", twilioStatus = e.Status, twilioCode = e.Code.ToString(), detail = e.Message });
}
catch (ApiConnectionException e)
{
    // Egress refusals, DNS and connection failures, timeouts: the message was not sent. The library wraps each one;
    // the host's reason is the inner exception.
    var reason = e.InnerException?.Message ?? e.Message;
    Log.Error($"Could not reach the Twilio API: {reason}");
    return Answer(502, new { error = "Could not reach the Twilio API; the message was not sent.", detail = reason });
}
catch (InvalidOperationException e)
{
    Log.Error(e.Message);
    return Answer(500, new { error = "This form is not set up to send messages yet." });
}

Log.Info($"Sent {message.Sid} to {to}");
return Answer(201, new { sid = message.Sid, status = message.Status?.ToString(), to });

static Response Answer(int status, object body) => new Response().SetStatusCode(status).SetBody(body);
