using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Pause&gt; verb: waits silently.</summary>
public class Pause : TwiML
{
    /// <summary>Creates a &lt;Pause&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="length">Seconds to wait.</param>
    public Pause(int? length = null)
        : base("Pause")
    {
        Length = length;
    }

    /// <summary>Seconds to wait.</summary>
    public int? Length { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Pause Append(TwiML childElem) => (Pause)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Pause SetOption(string key, object value) => (Pause)base.SetOption(key, value);

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("length", Length);
    }
}
