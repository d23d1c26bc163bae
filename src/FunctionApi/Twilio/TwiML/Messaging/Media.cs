using Twilio.Types;

namespace Twilio.TwiML.Messaging;

/// <summary>The &lt;Media&gt; noun of &lt;Message&gt;: a media URL to attach (MMS).</summary>
public class Media : TwiML
{
    /// <summary>Creates a &lt;Media&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="url">The URL of the media to attach.</param>
    public Media(Uri? url = null)
        : base("Media")
    {
        Url = url;
    }

    /// <summary>The URL of the media to attach.</summary>
    public Uri? Url { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Media Append(TwiML childElem) => (Media)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Media SetOption(string key, object value) => (Media)base.SetOption(key, value);

    private protected override string? GetElementBody() => Url?.OriginalString;
}
