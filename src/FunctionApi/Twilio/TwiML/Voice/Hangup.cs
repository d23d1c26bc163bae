using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Hangup&gt; verb: ends the call.</summary>
public class Hangup : TwiML
{
    /// <summary>Creates a &lt;Hangup&gt; element; leave a parameter out to leave its attribute out.</summary>
    public Hangup()
        : base("Hangup")
    {
    }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Hangup Append(TwiML childElem) => (Hangup)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Hangup SetOption(string key, object value) => (Hangup)base.SetOption(key, value);
}
