namespace Twilio.Rest.Internal;

/// <summary>Builds API paths; every SID is escaped so a value cannot step into another path.</summary>
internal static class TwilioPath
{
    public static string Account(string accountSid, string tail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountSid);
        return "/2010-04-01/Accounts/" + Uri.EscapeDataString(accountSid) + tail;
    }

    public static string Segment(string sid, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sid, parameterName);
        return Uri.EscapeDataString(sid);
    }
}
