using Twilio.Types;

namespace Twilio.TwiML.Messaging;

/// <summary>The &lt;Message&gt; verb: replies with a message, given as text or as nested &lt;Body&gt; and &lt;Media&gt; nouns.</summary>
public class Message : TwiML
{
    /// <summary>Creates a &lt;Message&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="body">The message text, when no &lt;Body&gt; is nested.</param>
    /// <param name="to">The number to send to; defaults to the sender.</param>
    /// <param name="from">The number to send from; defaults to the receiving number.</param>
    /// <param name="action">The URL Twilio requests when the message is sent.</param>
    /// <param name="method">The HTTP method for <c>action</c>.</param>
    /// <param name="statusCallback">The URL Twilio requests when the message changes status.</param>
    public Message(
        string? body = null,
        string? to = null,
        string? from = null,
        Uri? action = null,
        Twilio.Http.HttpMethod? method = null,
        Uri? statusCallback = null)
        : base("Message")
    {
        BodyAttribute = body;
        To = to;
        From = from;
        Action = action;
        Method = method;
        StatusCallback = statusCallback;
    }

    /// <summary>The message text, when no &lt;Body&gt; is nested.</summary>
    public string? BodyAttribute { get; set; }

    /// <summary>The number to send to; defaults to the sender.</summary>
    public string? To { get; set; }

    /// <summary>The number to send from; defaults to the receiving number.</summary>
    public string? From { get; set; }

    /// <summary>The URL Twilio requests when the message is sent.</summary>
    public Uri? Action { get; set; }

    /// <summary>The HTTP method for <c>action</c>.</summary>
    public Twilio.Http.HttpMethod? Method { get; set; }

    /// <summary>The URL Twilio requests when the message changes status.</summary>
    public Uri? StatusCallback { get; set; }

    /// <summary>Appends a &lt;Body&gt; child. The message text.</summary>
    /// <param name="message">The message text.</param>
    /// <returns>This element, for chaining.</returns>
    public Message Body(string? message = null)
    {
        Append(new Body(message));
        return this;
    }

    /// <summary>Appends a &lt;Media&gt; child. A media URL to attach (MMS).</summary>
    /// <param name="url">The URL of the media to attach.</param>
    /// <returns>This element, for chaining.</returns>
    public Message Media(Uri? url = null)
    {
        Append(new Media(url));
        return this;
    }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Message Append(TwiML childElem) => (Message)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Message SetOption(string key, object value) => (Message)base.SetOption(key, value);

    private protected override string? GetElementBody() => BodyAttribute;

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("to", To);
        attributes.Add("from", From);
        attributes.Add("action", Action);
        attributes.Add("method", Method);
        attributes.Add("statusCallback", StatusCallback);
    }
}
