// Stripe payments to SMS. Stripe calls this function for payment events; it checks the Stripe-Signature header
// (HMAC-SHA256 of "{t}.{body}" with your endpoint's signing secret, at most five minutes old) and, for
// payment_intent.succeeded and charge.succeeded, texts NOTIFY_TO a line such as
// "Payment received: 49.00 USD from jenny.rosen@example.com for Pro plan (pi_3PqR8sLkdIwHu7ix0Qx1a2b3)." through
// the Twilio REST client (Context.GetTwilioClient()). It answers 400 to a request Stripe did not sign, 200 once the text is sent (or for events it
// ignores), and 502 when the text could not be sent, so that Stripe retries later; an event that was already texted
// is not texted again.
// Point at it: Stripe Dashboard → Developers → Webhooks → Add endpoint → https://<host>/<service>/stripe-to-sms, with
// the events payment_intent.succeeded and charge.succeeded.
// Environment: STRIPE_WEBHOOK_SECRET (the endpoint's signing secret, whsec_...), NOTIFY_TO (who gets the texts,
// E.164), ACCOUNT_SID and TWILIO_AUTH_TOKEN (your Twilio credentials), TWILIO_PHONE_NUMBER (the sender),
// TWILIO_API_BASE_URL (optional, as in send-sms-form.csx).
// Deploy with visibility "public": Stripe signs its own way, which this function checks.

using System.Globalization;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

const long ToleranceSeconds = 300;

// 1. Is it from Stripe? Stripe-Signature: t=1719312345,v1=5257a8...,v1=... (several v1 while a secret is rolled).
var secret = Context.Env.GetValueOrDefault("STRIPE_WEBHOOK_SECRET", "");
if (secret.Length == 0)
{
    Log.Error("STRIPE_WEBHOOK_SECRET is not set; every event is refused.");
    return Answer(500, new { error = "The endpoint has no signing secret configured." });
}

var timestamp = "";
var signatures = new List<string>();
foreach (var part in Request.Headers.GetValueOrDefault("stripe-signature", "").Split(','))
{
    var pair = part.Split('=', 2);
    if (pair.Length == 2 && pair[0].Trim() == "t")
    {
        timestamp = pair[1].Trim();
    }
    else if (pair.Length == 2 && pair[0].Trim() == "v1")
    {
        signatures.Add(pair[1].Trim());
    }
}

if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var signedAt) || signatures.Count == 0)
{
    return Answer(400, new { error = "Missing or malformed Stripe-Signature header." });
}

if (Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - signedAt) > ToleranceSeconds)
{
    return Answer(400, new { error = "The Stripe-Signature timestamp is more than five minutes away from now." });
}

var expected = Crypto.HmacSha256Hex(secret, $"{timestamp}.{Request.Body}");
if (!signatures.Any(signature => Crypto.FixedTimeEquals(signature, expected)))
{
    return Answer(400, new { error = "The Stripe-Signature does not match this request." });
}

// 2. Which event? Only successful payments are texted; Stripe still gets a 200 for the rest.
var stripeEvent = Event.Json;
var eventId = stripeEvent?["id"]?.ToString() ?? "";
var type = stripeEvent?["type"]?.ToString() ?? "";
var payment = stripeEvent?["data"]?["object"];
if (payment is null || type is not ("payment_intent.succeeded" or "charge.succeeded"))
{
    return Answer(200, new { received = true, ignored = type });
}

var handledKey = $"stripe-event/{eventId}";
if (await Store.GetAsync(handledKey) is not null)
{
    return Answer(200, new { received = true, duplicate = eventId });
}

var cents = (long?)payment[type == "charge.succeeded" ? "amount" : "amount_received"] ?? 0;
var currency = payment["currency"]?.ToString() ?? "usd";
var payer = payment["billing_details"]?["email"]?.ToString() ?? payment["receipt_email"]?.ToString() ?? "a customer";
var description = payment["description"]?.ToString();
var text = $"Payment received: {FormatAmount(cents, currency)} from {payer}"
    + (string.IsNullOrEmpty(description) ? "" : $" for {description}")
    + $" ({payment["id"]}).";

// 3. Text it.
var notifyTo = Context.Env.GetValueOrDefault("NOTIFY_TO", "");
var sender = Context.Env.GetValueOrDefault("TWILIO_PHONE_NUMBER", "");
var sms = new { to = notifyTo, body = text };
if (notifyTo.Length == 0 || sender.Length == 0)
{
    Log.Error("Set NOTIFY_TO and TWILIO_PHONE_NUMBER (and ACCOUNT_SID, TWILIO_AUTH_TOKEN) to send texts.");
    return Answer(500, new { received = true, sent = false, error = "Texting is not set up.", sms });
}

MessageResource message;
try
{
    message = await MessageResource.CreateAsync(
        to: new PhoneNumber(notifyTo), from: new PhoneNumber(sender), body: text, client: Context.GetTwilioClient());
}
catch (ApiException e)
{
    Log.Error($"Event {eventId}: Twilio answered {e.Status}: {e.Message}");
    return Answer(502, new { received = true, sent = false, error = $"Twilio answered {e.Status}.", sms });
}
catch (Exception e) when (e is ApiConnectionException or InvalidOperationException)
{
    // ApiConnectionException wraps the host's reason (egress refusal, DNS, timeout); InvalidOperationException says
    // which Twilio variable is missing.
    var reason = e is ApiConnectionException && e.InnerException is { } inner ? inner.Message : e.Message;
    Log.Error($"Event {eventId}: could not send the text: {reason}");
    return Answer(502, new { received = true, sent = false, error = "Could not reach the Twilio API: " + reason, sms });
}

await Store.SetAsync(handledKey, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
Log.Info($"Event {eventId}: texted {notifyTo}");
return Answer(200, new { received = true, sent = true, messageSid = message.Sid, sms });

static Response Answer(int status, object body) => new Response().SetStatusCode(status).SetBody(body);

// Stripe amounts are in the currency's smallest unit; these currencies have no minor unit.
static string FormatAmount(long amount, string currency)
{
    var code = currency.ToUpperInvariant();
    var zeroDecimal = code is "BIF" or "CLP" or "DJF" or "GNF" or "JPY" or "KMF" or "KRW" or "MGA" or "PYG" or "RWF"
        or "UGX" or "VND" or "VUV" or "XAF" or "XOF" or "XPF";
    return zeroDecimal
        ? $"{amount.ToString(CultureInfo.InvariantCulture)} {code}"
        : $"{(amount / 100m).ToString("0.00", CultureInfo.InvariantCulture)} {code}";
}
