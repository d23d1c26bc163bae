using Twilio.TwiML.Messaging;
using Twilio.Types;

namespace Twilio.TwiML;

/// <summary>A message's &lt;Response&gt;: the TwiML a messaging webhook answers with.</summary>
public class MessagingResponse : TwiML
{
    /// <summary>Creates an empty &lt;Response&gt;.</summary>
    public MessagingResponse()
        : base("Response")
    {
    }

    /// <summary>Appends a &lt;Message&gt; child. Replies with a message, given as text or as nested &lt;Body&gt; and &lt;Media&gt; nouns.</summary>
    /// <param name="body">The message text, when no &lt;Body&gt; is nested.</param>
    /// <param name="to">The number to send to; defaults to the sender.</param>
    /// <param name="from">The number to send from; defaults to the receiving number.</param>
    /// <param name="action">The URL Twilio requests when the message is sent.</param>
    /// <param name="method">The HTTP method for <c>action</c>.</param>
    /// <param name="statusCallback">The URL Twilio requests when the message changes status.</param>
    /// <returns>This element, for chaining.</returns>
    public MessagingResponse Message(
        string? body = null,
        string? to = null,
        string? from = null,
        Uri? action = null,
        Twilio.Http.HttpMethod? method = null,
        Uri? statusCallback = null)
    {
        Append(new Message(body, to, from, action, method, statusCallback));
        return this;
    }

    /// <summary>Appends a &lt;Redirect&gt; child. Continues with TwiML from another URL.</summary>
    /// <param name="url">The URL of the TwiML to continue with.</param>
    /// <param name="method">The HTTP method for <c>url</c>.</param>
    /// <returns>This element, for chaining.</returns>
    public MessagingResponse Redirect(Uri? url = null, Twilio.Http.HttpMethod? method = null)
    {
        Append(new Redirect(url, method));
        return this;
    }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new MessagingResponse Append(TwiML childElem) => (MessagingResponse)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new MessagingResponse SetOption(string key, object value) => (MessagingResponse)base.SetOption(key, value);
}
