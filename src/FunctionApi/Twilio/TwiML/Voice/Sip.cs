using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Sip&gt; noun of &lt;Dial&gt;: a SIP endpoint to call.</summary>
public partial class Sip : TwiML
{
    /// <summary>Creates a &lt;Sip&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="sipUrl">The SIP URI to dial.</param>
    /// <param name="username">The SIP username to authenticate with.</param>
    /// <param name="password">The SIP password to authenticate with.</param>
    /// <param name="url">TwiML URL to run for the called party before connecting.</param>
    /// <param name="method">The HTTP method for <c>url</c>.</param>
    /// <param name="statusCallbackEvent">The call events that trigger the status callback.</param>
    /// <param name="statusCallback">The URL Twilio requests on call events.</param>
    /// <param name="statusCallbackMethod">The HTTP method for <c>statusCallback</c>.</param>
    /// <param name="machineDetection">Answering machine detection: <c>Enable</c> or <c>DetectMessageEnd</c>.</param>
    /// <param name="amdStatusCallbackMethod">HTTP method for the answering machine detection callback.</param>
    /// <param name="amdStatusCallback">URL Twilio calls with the answering machine detection result.</param>
    /// <param name="machineDetectionTimeout">Seconds to wait for answering machine detection.</param>
    /// <param name="machineDetectionSpeechThreshold">Milliseconds of speech that count as a machine greeting.</param>
    /// <param name="machineDetectionSpeechEndThreshold">Milliseconds of silence that end a machine greeting.</param>
    /// <param name="machineDetectionSilenceTimeout">Milliseconds of initial silence before giving up on detection.</param>
    public Sip(
        Uri? sipUrl = null,
        string? username = null,
        string? password = null,
        Uri? url = null,
        Twilio.Http.HttpMethod? method = null,
        IEnumerable<Sip.EventEnum>? statusCallbackEvent = null,
        Uri? statusCallback = null,
        Twilio.Http.HttpMethod? statusCallbackMethod = null,
        string? machineDetection = null,
        Twilio.Http.HttpMethod? amdStatusCallbackMethod = null,
        string? amdStatusCallback = null,
        int? machineDetectionTimeout = null,
        int? machineDetectionSpeechThreshold = null,
        int? machineDetectionSpeechEndThreshold = null,
        int? machineDetectionSilenceTimeout = null)
        : base("Sip")
    {
        SipUrl = sipUrl;
        Username = username;
        Password = password;
        Url = url;
        Method = method;
        StatusCallbackEvent = statusCallbackEvent;
        StatusCallback = statusCallback;
        StatusCallbackMethod = statusCallbackMethod;
        MachineDetection = machineDetection;
        AmdStatusCallbackMethod = amdStatusCallbackMethod;
        AmdStatusCallback = amdStatusCallback;
        MachineDetectionTimeout = machineDetectionTimeout;
        MachineDetectionSpeechThreshold = machineDetectionSpeechThreshold;
        MachineDetectionSpeechEndThreshold = machineDetectionSpeechEndThreshold;
        MachineDetectionSilenceTimeout = machineDetectionSilenceTimeout;
    }

    /// <summary>The SIP URI to dial.</summary>
    public Uri? SipUrl { get; set; }

    /// <summary>The SIP username to authenticate with.</summary>
    public string? Username { get; set; }

    /// <summary>The SIP password to authenticate with.</summary>
    public string? Password { get; set; }

    /// <summary>TwiML URL to run for the called party before connecting.</summary>
    public Uri? Url { get; set; }

    /// <summary>The HTTP method for <c>url</c>.</summary>
    public Twilio.Http.HttpMethod? Method { get; set; }

    /// <summary>The call events that trigger the status callback.</summary>
    public IEnumerable<Sip.EventEnum>? StatusCallbackEvent { get; set; }

    /// <summary>The URL Twilio requests on call events.</summary>
    public Uri? StatusCallback { get; set; }

    /// <summary>The HTTP method for <c>statusCallback</c>.</summary>
    public Twilio.Http.HttpMethod? StatusCallbackMethod { get; set; }

    /// <summary>Answering machine detection: <c>Enable</c> or <c>DetectMessageEnd</c>.</summary>
    public string? MachineDetection { get; set; }

    /// <summary>HTTP method for the answering machine detection callback.</summary>
    public Twilio.Http.HttpMethod? AmdStatusCallbackMethod { get; set; }

    /// <summary>URL Twilio calls with the answering machine detection result.</summary>
    public string? AmdStatusCallback { get; set; }

    /// <summary>Seconds to wait for answering machine detection.</summary>
    public int? MachineDetectionTimeout { get; set; }

    /// <summary>Milliseconds of speech that count as a machine greeting.</summary>
    public int? MachineDetectionSpeechThreshold { get; set; }

    /// <summary>Milliseconds of silence that end a machine greeting.</summary>
    public int? MachineDetectionSpeechEndThreshold { get; set; }

    /// <summary>Milliseconds of initial silence before giving up on detection.</summary>
    public int? MachineDetectionSilenceTimeout { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Sip Append(TwiML childElem) => (Sip)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Sip SetOption(string key, object value) => (Sip)base.SetOption(key, value);

    private protected override string? GetElementBody() => SipUrl?.OriginalString;

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("username", Username);
        attributes.Add("password", Password);
        attributes.Add("url", Url);
        attributes.Add("method", Method);
        attributes.Add("statusCallbackEvent", StatusCallbackEvent);
        attributes.Add("statusCallback", StatusCallback);
        attributes.Add("statusCallbackMethod", StatusCallbackMethod);
        attributes.Add("machineDetection", MachineDetection);
        attributes.Add("amdStatusCallbackMethod", AmdStatusCallbackMethod);
        attributes.Add("amdStatusCallback", AmdStatusCallback);
        attributes.Add("machineDetectionTimeout", MachineDetectionTimeout);
        attributes.Add("machineDetectionSpeechThreshold", MachineDetectionSpeechThreshold);
        attributes.Add("machineDetectionSpeechEndThreshold", MachineDetectionSpeechEndThreshold);
        attributes.Add("machineDetectionSilenceTimeout", MachineDetectionSilenceTimeout);
    }
}
