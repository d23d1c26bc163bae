using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Sms&gt; verb: sends a text message during a call (Twilio recommends &lt;Message&gt; or the REST API instead).</summary>
public class Sms : TwiML
{
    /// <summary>Creates a &lt;Sms&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="message">The message text.</param>
    /// <param name="to">The number to send to; defaults to the caller.</param>
    /// <param name="from">The number to send from; defaults to the called number.</param>
    /// <param name="action">The URL Twilio requests when the message is sent.</param>
    /// <param name="method">The HTTP method for <c>action</c>.</param>
    /// <param name="statusCallback">The URL Twilio requests when the message changes status.</param>
    public Sms(
        string? message = null,
        PhoneNumber? to = null,
        PhoneNumber? from = null,
        Uri? action = null,
        Twilio.Http.HttpMethod? method = null,
        Uri? statusCallback = null)
        : base("Sms")
    {
        Message = message;
        To = to;
        From = from;
        Action = action;
        Method = method;
        StatusCallback = statusCallback;
    }

    /// <summary>The message text.</summary>
    public string? Message { get; set; }

    /// <summary>The number to send to; defaults to the caller.</summary>
    public PhoneNumber? To { get; set; }

    /// <summary>The number to send from; defaults to the called number.</summary>
    public PhoneNumber? From { get; set; }

    /// <summary>The URL Twilio requests when the message is sent.</summary>
    public Uri? Action { get; set; }

    /// <summary>The HTTP method for <c>action</c>.</summary>
    public Twilio.Http.HttpMethod? Method { get; set; }

    /// <summary>The URL Twilio requests when the message changes status.</summary>
    public Uri? StatusCallback { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Sms Append(TwiML childElem) => (Sms)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Sms SetOption(string key, object value) => (Sms)base.SetOption(key, value);

    private protected override string? GetElementBody() => Message;

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("to", To);
        attributes.Add("from", From);
        attributes.Add("action", Action);
        attributes.Add("method", Method);
        attributes.Add("statusCallback", StatusCallback);
    }
}
