namespace ScriptHost.Tests.Samples;

/// <summary>
/// The form parameters Twilio POSTs to a webhook, with the values of a real request (numbers from Twilio's docs'
/// fictional ranges), so samples are tested against what they will actually receive.
/// </summary>
internal static class TwilioWebhook
{
    public const string AccountSid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string AuthToken = "12345678901234567890123456789012";
    public const string TwilioNumber = "+15017122661";
    public const string Caller = "+15558675310";
    public const string CallSid = "CA5ef8732a3c49700934481addd5ce1659";

    /// <summary>"A message comes in": an SMS (or MMS with <paramref name="numMedia"/> pictures) to the Twilio number.</summary>
    public static List<KeyValuePair<string, string>> IncomingMessage(string body, int numMedia = 0)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("ToCountry", "US"),
            new("ToState", "CA"),
            new("SmsMessageSid", "SM1f0e8ae6ade43cb3c0ce4525424e404f"),
            new("NumMedia", numMedia.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("ToCity", "SAN FRANCISCO"),
            new("FromZip", "94105"),
            new("SmsSid", "SM1f0e8ae6ade43cb3c0ce4525424e404f"),
            new("FromState", "CA"),
            new("SmsStatus", "received"),
            new("FromCity", "SAN FRANCISCO"),
            new("Body", body),
            new("FromCountry", "US"),
            new("To", TwilioNumber),
            new("ToZip", "94105"),
            new("NumSegments", "1"),
            new("MessageSid", "SM1f0e8ae6ade43cb3c0ce4525424e404f"),
            new("AccountSid", AccountSid),
            new("From", Caller),
            new("ApiVersion", "2010-04-01"),
        };
        for (var i = 0; i < numMedia; i++)
        {
            form.Add(new($"MediaContentType{i}", "image/jpeg"));
            form.Add(new($"MediaUrl{i}", $"https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages/SM1f0e8ae6ade43cb3c0ce4525424e404f/Media/ME{i}7a2a4ff5d2b1c3a1e7b6ad5b9d0e8f"));
        }

        return form;
    }

    /// <summary>"A call comes in": the first request of an inbound call, from <paramref name="from"/>.</summary>
    public static List<KeyValuePair<string, string>> IncomingCall(string from = Caller) =>
    [
        new("Called", TwilioNumber),
        new("ToState", "CA"),
        new("CallerCountry", "US"),
        new("Direction", "inbound"),
        new("CallerState", "CA"),
        new("ToZip", "94105"),
        new("CallSid", CallSid),
        new("To", TwilioNumber),
        new("CallerZip", "94105"),
        new("ToCountry", "US"),
        new("ApiVersion", "2010-04-01"),
        new("CalledZip", "94105"),
        new("CalledCity", "SAN FRANCISCO"),
        new("CallStatus", "ringing"),
        new("From", from),
        new("AccountSid", AccountSid),
        new("CalledCountry", "US"),
        new("CallerCity", "SAN FRANCISCO"),
        new("Caller", from),
        new("FromCountry", "US"),
        new("ToCity", "SAN FRANCISCO"),
        new("FromCity", "SAN FRANCISCO"),
        new("CalledState", "CA"),
        new("FromZip", "94105"),
        new("FromState", "CA"),
    ];

    /// <summary>A later request of the same call (a Gather, Dial or Record action): the call's parameters, now in progress, plus <paramref name="extra"/>.</summary>
    public static List<KeyValuePair<string, string>> CallAction(params (string Name, string Value)[] extra) =>
        CallAction(Caller, extra);

    /// <summary>A later request of a call from <paramref name="from"/>, plus <paramref name="extra"/>.</summary>
    public static List<KeyValuePair<string, string>> CallAction(string from, params (string Name, string Value)[] extra)
    {
        var form = IncomingCall(from).Select(p => p.Key == "CallStatus" ? new KeyValuePair<string, string>("CallStatus", "in-progress") : p).ToList();
        form.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Name, e.Value)));
        return form;
    }

    /// <summary>The XML declaration and root every TwiML answer starts with.</summary>
    public static string TwiML(string inner) => $"<?xml version=\"1.0\" encoding=\"utf-8\"?><Response>{inner}</Response>";
}
