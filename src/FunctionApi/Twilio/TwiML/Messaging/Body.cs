using Twilio.Types;

namespace Twilio.TwiML.Messaging;

/// <summary>The &lt;Body&gt; noun of &lt;Message&gt;: the message text.</summary>
public class Body : TwiML
{
    /// <summary>Creates a &lt;Body&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="message">The message text.</param>
    public Body(string? message = null)
        : base("Body")
    {
        Message = message;
    }

    /// <summary>The message text.</summary>
    public string? Message { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Body Append(TwiML childElem) => (Body)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Body SetOption(string key, object value) => (Body)base.SetOption(key, value);

    private protected override string? GetElementBody() => Message;
}
