using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Client&gt; noun of &lt;Dial&gt;: a Twilio Client (Voice SDK) identity to call.</summary>
public partial class Client : TwiML
{
    /// <summary>Creates a &lt;Client&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="identity">The client identity to dial.</param>
    /// <param name="url">TwiML URL to run for the called client before connecting.</param>
    /// <param name="method">The HTTP method for <c>url</c>.</param>
    /// <param name="statusCallbackEvent">The call events that trigger the status callback.</param>
    /// <param name="statusCallback">The URL Twilio requests on call events.</param>
    /// <param name="statusCallbackMethod">The HTTP method for <c>statusCallback</c>.</param>
    public Client(
        string? identity = null,
        Uri? url = null,
        Twilio.Http.HttpMethod? method = null,
        IEnumerable<Client.EventEnum>? statusCallbackEvent = null,
        Uri? statusCallback = null,
        Twilio.Http.HttpMethod? statusCallbackMethod = null)
        : base("Client")
    {
        Identity = identity;
        Url = url;
        Method = method;
        StatusCallbackEvent = statusCallbackEvent;
        StatusCallback = statusCallback;
        StatusCallbackMethod = statusCallbackMethod;
    }

    /// <summary>The client identity to dial.</summary>
    public string? Identity { get; set; }

    /// <summary>TwiML URL to run for the called client before connecting.</summary>
    public Uri? Url { get; set; }

    /// <summary>The HTTP method for <c>url</c>.</summary>
    public Twilio.Http.HttpMethod? Method { get; set; }

    /// <summary>The call events that trigger the status callback.</summary>
    public IEnumerable<Client.EventEnum>? StatusCallbackEvent { get; set; }

    /// <summary>The URL Twilio requests on call events.</summary>
    public Uri? StatusCallback { get; set; }

    /// <summary>The HTTP method for <c>statusCallback</c>.</summary>
    public Twilio.Http.HttpMethod? StatusCallbackMethod { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Client Append(TwiML childElem) => (Client)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Client SetOption(string key, object value) => (Client)base.SetOption(key, value);

    private protected override string? GetElementBody() => Identity;

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("url", Url);
        attributes.Add("method", Method);
        attributes.Add("statusCallbackEvent", StatusCallbackEvent);
        attributes.Add("statusCallback", StatusCallback);
        attributes.Add("statusCallbackMethod", StatusCallbackMethod);
    }
}
