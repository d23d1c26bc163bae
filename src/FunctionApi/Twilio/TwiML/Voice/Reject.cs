using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Reject&gt; verb: declines an incoming call without answering it (no charge).</summary>
public partial class Reject : TwiML
{
    /// <summary>Creates a &lt;Reject&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="reason">The tone the caller hears: rejected or busy.</param>
    public Reject(Reject.ReasonEnum? reason = null)
        : base("Reject")
    {
        Reason = reason;
    }

    /// <summary>The tone the caller hears: rejected or busy.</summary>
    public Reject.ReasonEnum? Reason { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Reject Append(TwiML childElem) => (Reject)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Reject SetOption(string key, object value) => (Reject)base.SetOption(key, value);

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("reason", Reason);
    }
}
