using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Redirect&gt; verb: continues the call with TwiML from another URL.</summary>
public class Redirect : TwiML
{
    /// <summary>Creates a &lt;Redirect&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="url">The URL of the TwiML to continue with.</param>
    /// <param name="method">The HTTP method for <c>url</c>.</param>
    public Redirect(Uri? url = null, Twilio.Http.HttpMethod? method = null)
        : base("Redirect")
    {
        Url = url;
        Method = method;
    }

    /// <summary>The URL of the TwiML to continue with.</summary>
    public Uri? Url { get; set; }

    /// <summary>The HTTP method for <c>url</c>.</summary>
    public Twilio.Http.HttpMethod? Method { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Redirect Append(TwiML childElem) => (Redirect)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Redirect SetOption(string key, object value) => (Redirect)base.SetOption(key, value);

    private protected override string? GetElementBody() => Url?.OriginalString;

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("method", Method);
    }
}
