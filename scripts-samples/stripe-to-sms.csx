// Stripe payments to SMS. Stripe calls this function for payment events; it checks the Stripe-Signature header
// (HMAC-SHA256 of "{t}.{body}" with your endpoint's signing secret, at most five minutes old) and, for
// payment_intent.succeeded and charge.succeeded, texts NOTIFY_TO a line such as
// "Payment received: 49.00 USD from jenny.rosen@example.com for Pro plan (pi_3PqR8sLkdIwHu7ix0Qx1a2b3)." through
// Twilio's REST API. It answers 400 to a request Stripe did not sign, 200 once the text is sent (or for events it
// ignores), and 502 when the text could not be sent, so that Stripe retries later; an event that was already texted
// is not texted again.
// Point at it: Stripe Dashboard → Developers → Webhooks → Add endpoint → https://<host>/<service>/stripe-to-sms, with
// the events payment_intent.succeeded and charge.succeeded.
// Environment: STRIPE_WEBHOOK_SECRET (the endpoint's signing secret, whsec_...), NOTIFY_TO (who gets the texts,
// E.164), ACCOUNT_SID and TWILIO_AUTH_TOKEN (your Twilio credentials), TWILIO_PHONE_NUMBER (the sender),
// TWILIO_API_BASE_URL (optional, as in send-sms-form.csx).
// Deploy with visibility "public": Stripe signs its own way, which this function checks.

using System.Globalization;
using System.Text.Json;

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

var expected = Convert.ToHexStringLower(HmacSha256(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{Request.Body}")));
if (!signatures.Any(signature => FixedTimeEquals(signature, expected)))
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
var accountSid = Context.Env.GetValueOrDefault("ACCOUNT_SID", "");
var authToken = Context.Env.GetValueOrDefault("TWILIO_AUTH_TOKEN", "");
var sender = Context.Env.GetValueOrDefault("TWILIO_PHONE_NUMBER", "");
var sms = new { to = notifyTo, body = text };
if (notifyTo.Length == 0 || accountSid.Length == 0 || authToken.Length == 0 || sender.Length == 0)
{
    Log.Error("Set NOTIFY_TO, ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER to send texts.");
    return Answer(500, new { received = true, sent = false, error = "Texting is not set up.", sms });
}

var apiBase = Context.Env.GetValueOrDefault("TWILIO_API_BASE_URL", "https://api.twilio.com").TrimEnd('/');
HttpResult result;
try
{
    result = await Http.SendAsync(new HttpCall
    {
        Method = "POST",
        Url = $"{apiBase}/2010-04-01/Accounts/{accountSid}/Messages.json",
        Headers = new Dictionary<string, string>
        {
            ["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{authToken}")),
            ["Content-Type"] = "application/x-www-form-urlencoded",
        },
        Body = $"To={Uri.EscapeDataString(notifyTo)}&From={Uri.EscapeDataString(sender)}&Body={Uri.EscapeDataString(text)}",
    });
}
catch (Exception e) when (e is not OperationCanceledException)
{
    Log.Error($"Event {eventId}: could not reach the Twilio API: {e.Message}");
    return Answer(502, new { received = true, sent = false, error = "Could not reach the Twilio API: " + e.Message, sms });
}

if (!result.IsSuccess)
{
    Log.Error($"Event {eventId}: Twilio answered {result.StatusCode}: {result.Body}");
    return Answer(502, new { received = true, sent = false, error = $"Twilio answered {result.StatusCode}.", sms });
}

await Store.SetAsync(handledKey, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
Log.Info($"Event {eventId}: texted {notifyTo}");
return Answer(200, new { received = true, sent = true, messageSid = Json.Parse(result.Body)?["sid"]?.ToString(), sms });

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

static bool FixedTimeEquals(string given, string expected)
{
    var difference = given.Length ^ expected.Length;
    for (var i = 0; i < Math.Min(given.Length, expected.Length); i++)
    {
        difference |= given[i] ^ expected[i];
    }

    return difference == 0;
}

// HMAC-SHA256 (RFC 2104 over FIPS 180-4), written out because System.Security.Cryptography is not on the function
// allowlist. Replace with the function API's HMAC helper when it has one.
static byte[] HmacSha256(byte[] key, byte[] message)
{
    if (key.Length > 64)
    {
        key = Sha256(key);
    }

    var inner = new byte[64 + message.Length];
    var outer = new byte[64 + 32];
    for (var i = 0; i < 64; i++)
    {
        var k = i < key.Length ? key[i] : (byte)0;
        inner[i] = (byte)(k ^ 0x36);
        outer[i] = (byte)(k ^ 0x5c);
    }

    Array.Copy(message, 0, inner, 64, message.Length);
    Array.Copy(Sha256(inner), 0, outer, 64, 32);
    return Sha256(outer);
}

static byte[] Sha256(byte[] message)
{
    // The round constants and initial state as text: a constant array literal would compile to a static data blob,
    // which the function policy refuses.
    var k = Words("""
        428a2f98 71374491 b5c0fbcf e9b5dba5 3956c25b 59f111f1 923f82a4 ab1c5ed5 d807aa98 12835b01 243185be 550c7dc3
        72be5d74 80deb1fe 9bdc06a7 c19bf174 e49b69c1 efbe4786 0fc19dc6 240ca1cc 2de92c6f 4a7484aa 5cb0a9dc 76f988da
        983e5152 a831c66d b00327c8 bf597fc7 c6e00bf3 d5a79147 06ca6351 14292967 27b70a85 2e1b2138 4d2c6dfc 53380d13
        650a7354 766a0abb 81c2c92e 92722c85 a2bfe8a1 a81a664b c24b8b70 c76c51a3 d192e819 d6990624 f40e3585 106aa070
        19a4c116 1e376c08 2748774c 34b0bcb5 391c0cb3 4ed8aa4a 5b9cca4f 682e6ff3 748f82ee 78a5636f 84c87814 8cc70208
        90befffa a4506ceb bef9a3f7 c67178f2
        """);
    var h = Words("6a09e667 bb67ae85 3c6ef372 a54ff53a 510e527f 9b05688c 1f83d9ab 5be0cd19");

    // Padding: 0x80, zeros, then the message length in bits, big-endian, to a multiple of 64 bytes.
    var padded = new byte[(message.Length + 9 + 63) / 64 * 64];
    Array.Copy(message, padded, message.Length);
    padded[message.Length] = 0x80;
    var bits = (ulong)message.Length * 8;
    for (var i = 0; i < 8; i++)
    {
        padded[padded.Length - 1 - i] = (byte)(bits >> (8 * i));
    }

    var w = new uint[64];
    for (var block = 0; block < padded.Length; block += 64)
    {
        for (var i = 0; i < 16; i++)
        {
            var at = block + (4 * i);
            w[i] = ((uint)padded[at] << 24) | ((uint)padded[at + 1] << 16) | ((uint)padded[at + 2] << 8) | padded[at + 3];
        }

        for (var i = 16; i < 64; i++)
        {
            var s0 = Rotate(w[i - 15], 7) ^ Rotate(w[i - 15], 18) ^ (w[i - 15] >> 3);
            var s1 = Rotate(w[i - 2], 17) ^ Rotate(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = unchecked(w[i - 16] + s0 + w[i - 7] + s1);
        }

        uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (var i = 0; i < 64; i++)
        {
            var t1 = unchecked(hh + (Rotate(e, 6) ^ Rotate(e, 11) ^ Rotate(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i]);
            var t2 = unchecked((Rotate(a, 2) ^ Rotate(a, 13) ^ Rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c)));
            hh = g;
            g = f;
            f = e;
            e = unchecked(d + t1);
            d = c;
            c = b;
            b = a;
            a = unchecked(t1 + t2);
        }

        h[0] = unchecked(h[0] + a);
        h[1] = unchecked(h[1] + b);
        h[2] = unchecked(h[2] + c);
        h[3] = unchecked(h[3] + d);
        h[4] = unchecked(h[4] + e);
        h[5] = unchecked(h[5] + f);
        h[6] = unchecked(h[6] + g);
        h[7] = unchecked(h[7] + hh);
    }

    var digest = new byte[32];
    for (var i = 0; i < 32; i++)
    {
        digest[i] = (byte)(h[i / 4] >> (24 - (8 * (i % 4))));
    }

    return digest;
}

static uint Rotate(uint x, int n) => (x >> n) | (x << (32 - n));

// Reads 32-bit words written as 8 hex digits each, ignoring the spaces and line breaks between them.
static uint[] Words(string text)
{
    var digits = string.Concat(text.Where(char.IsAsciiHexDigit));
    var words = new uint[digits.Length / 8];
    for (var i = 0; i < words.Length; i++)
    {
        words[i] = Convert.ToUInt32(digits.Substring(8 * i, 8), 16);
    }

    return words;
}
