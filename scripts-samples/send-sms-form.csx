// Send an SMS from a web form. A browser form (or curl) POSTs To, Body and Passcode; the function checks the
// passcode, validates the number and the text, and sends the message from TWILIO_PHONE_NUMBER through Twilio's REST
// API (POST /2010-04-01/Accounts/{sid}/Messages.json). It answers JSON: 201 {sid, status, to} when Twilio accepted
// the message, 400 for a bad form, 401 for a wrong passcode, 502 when Twilio refused it or could not be reached.
// Point at it: your form's action, e.g. <form method="post" action="https://<host>/<service>/send-sms-form">; no
// Twilio webhook calls it.
// Environment: ACCOUNT_SID and TWILIO_AUTH_TOKEN (your account's credentials), TWILIO_PHONE_NUMBER (the sender, one
// of your numbers), FORM_PASSCODE (what the form must send), TWILIO_API_BASE_URL (optional, default
// https://api.twilio.com; a regional edge such as https://api.dublin.ie1.twilio.com must also be on the service's
// egress allowlist).
// Deploy with visibility "public": a browser cannot sign its requests, so the passcode keeps strangers from sending
// texts on your account.

using System.Text.Json;
using System.Text.RegularExpressions;

if (Request.Method != "POST")
{
    return Answer(405, new { error = "Send the form with POST." });
}

if (!Context.Env.TryGetValue("FORM_PASSCODE", out var passcode) || !FixedTimeEquals(Event.Get("Passcode"), passcode))
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

var accountSid = Context.Env.GetValueOrDefault("ACCOUNT_SID", "");
var authToken = Context.Env.GetValueOrDefault("TWILIO_AUTH_TOKEN", "");
var sender = Context.Env.GetValueOrDefault("TWILIO_PHONE_NUMBER", "");
if (accountSid.Length == 0 || authToken.Length == 0 || sender.Length == 0)
{
    Log.Error("Set ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER to send messages.");
    return Answer(500, new { error = "This form is not set up to send messages yet." });
}

var apiBase = Context.Env.GetValueOrDefault("TWILIO_API_BASE_URL", "https://api.twilio.com").TrimEnd('/');
HttpResult sent;
try
{
    sent = await Http.SendAsync(new HttpCall
    {
        Method = "POST",
        Url = $"{apiBase}/2010-04-01/Accounts/{accountSid}/Messages.json",
        Headers = new Dictionary<string, string>
        {
            ["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{authToken}")),
            ["Content-Type"] = "application/x-www-form-urlencoded",
        },
        Body = $"To={Uri.EscapeDataString(to)}&From={Uri.EscapeDataString(sender)}&Body={Uri.EscapeDataString(text)}",
    });
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // Egress refusals, DNS and connection failures, timeouts: the message was not sent.
    Log.Error($"Could not reach the Twilio API: {e.Message}");
    return Answer(502, new { error = "Could not reach the Twilio API; the message was not sent.", detail = e.Message });
}

var reply = ParseOrNull(sent.Body);
if (!sent.IsSuccess)
{
    // Twilio's error body: {"code": 21211, "message": "The 'To' number ... is not a valid phone number.", ...}
    var message = reply?["message"]?.ToString() ?? $"HTTP {sent.StatusCode}";
    Log.Error($"Twilio refused the message: {message}");
    return Answer(502, new { error = "Twilio did not accept the message.", twilioStatus = sent.StatusCode, twilioCode = reply?["code"]?.ToString(), detail = message });
}

Log.Info($"Sent {reply?["sid"]} to {to}");
return Answer(201, new { sid = reply?["sid"]?.ToString(), status = reply?["status"]?.ToString(), to });

static Response Answer(int status, object body) => new Response().SetStatusCode(status).SetBody(body);

static JsonNode ParseOrNull(string json)
{
    try
    {
        return Json.Parse(json);
    }
    catch (JsonException)
    {
        return null;
    }
}

// Compares in time that depends only on the lengths, so response times do not reveal how much of a guess was right.
static bool FixedTimeEquals(string given, string expected)
{
    var difference = given.Length ^ expected.Length;
    for (var i = 0; i < Math.Min(given.Length, expected.Length); i++)
    {
        difference |= given[i] ^ expected[i];
    }

    return difference == 0 && expected.Length > 0;
}
