using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Leave&gt; verb: takes the caller out of the queue and continues after &lt;Enqueue&gt;.</summary>
public class Leave : TwiML
{
    /// <summary>Creates a &lt;Leave&gt; element; leave a parameter out to leave its attribute out.</summary>
    public Leave()
        : base("Leave")
    {
    }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Leave Append(TwiML childElem) => (Leave)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Leave SetOption(string key, object value) => (Leave)base.SetOption(key, value);
}
