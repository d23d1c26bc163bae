using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Number&gt; noun of &lt;Dial&gt;: a phone number to call.</summary>
public partial class Number : TwiML
{
    /// <summary>Creates a &lt;Number&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="phoneNumber">The phone number to dial.</param>
    /// <param name="sendDigits">DTMF tones to send when the call is answered.</param>
    /// <param name="url">TwiML URL to run for the called party before connecting.</param>
    /// <param name="method">The HTTP method for <c>url</c>.</param>
    /// <param name="statusCallbackEvent">The call events that trigger the status callback.</param>
    /// <param name="statusCallback">The URL Twilio requests on call events.</param>
    /// <param name="statusCallbackMethod">The HTTP method for <c>statusCallback</c>.</param>
    /// <param name="byoc">The BYOC trunk SID to place the call through.</param>
    /// <param name="machineDetection">Answering machine detection: <c>Enable</c> or <c>DetectMessageEnd</c>.</param>
    /// <param name="amdStatusCallbackMethod">HTTP method for the answering machine detection callback.</param>
    /// <param name="amdStatusCallback">URL Twilio calls with the answering machine detection result.</param>
    /// <param name="machineDetectionTimeout">Seconds to wait for answering machine detection.</param>
    /// <param name="machineDetectionSpeechThreshold">Milliseconds of speech that count as a machine greeting.</param>
    /// <param name="machineDetectionSpeechEndThreshold">Milliseconds of silence that end a machine greeting.</param>
    /// <param name="machineDetectionSilenceTimeout">Milliseconds of initial silence before giving up on detection.</param>
    public Number(
        PhoneNumber? phoneNumber = null,
        string? sendDigits = null,
        Uri? url = null,
        Twilio.Http.HttpMethod? method = null,
        IEnumerable<Number.EventEnum>? statusCallbackEvent = null,
        Uri? statusCallback = null,
        Twilio.Http.HttpMethod? statusCallbackMethod = null,
        string? byoc = null,
        string? machineDetection = null,
        Twilio.Http.HttpMethod? amdStatusCallbackMethod = null,
        string? amdStatusCallback = null,
        int? machineDetectionTimeout = null,
        int? machineDetectionSpeechThreshold = null,
        int? machineDetectionSpeechEndThreshold = null,
        int? machineDetectionSilenceTimeout = null)
        : base("Number")
    {
        PhoneNumber = phoneNumber;
        SendDigits = sendDigits;
        Url = url;
        Method = method;
        StatusCallbackEvent = statusCallbackEvent;
        StatusCallback = statusCallback;
        StatusCallbackMethod = statusCallbackMethod;
        Byoc = byoc;
        MachineDetection = machineDetection;
        AmdStatusCallbackMethod = amdStatusCallbackMethod;
        AmdStatusCallback = amdStatusCallback;
        MachineDetectionTimeout = machineDetectionTimeout;
        MachineDetectionSpeechThreshold = machineDetectionSpeechThreshold;
        MachineDetectionSpeechEndThreshold = machineDetectionSpeechEndThreshold;
        MachineDetectionSilenceTimeout = machineDetectionSilenceTimeout;
    }

    /// <summary>The phone number to dial.</summary>
    public PhoneNumber? PhoneNumber { get; set; }

    /// <summary>DTMF tones to send when the call is answered.</summary>
    public string? SendDigits { get; set; }

    /// <summary>TwiML URL to run for the called party before connecting.</summary>
    public Uri? Url { get; set; }

    /// <summary>The HTTP method for <c>url</c>.</summary>
    public Twilio.Http.HttpMethod? Method { get; set; }

    /// <summary>The call events that trigger the status callback.</summary>
    public IEnumerable<Number.EventEnum>? StatusCallbackEvent { get; set; }

    /// <summary>The URL Twilio requests on call events.</summary>
    public Uri? StatusCallback { get; set; }

    /// <summary>The HTTP method for <c>statusCallback</c>.</summary>
    public Twilio.Http.HttpMethod? StatusCallbackMethod { get; set; }

    /// <summary>The BYOC trunk SID to place the call through.</summary>
    public string? Byoc { get; set; }

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
    public new Number Append(TwiML childElem) => (Number)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Number SetOption(string key, object value) => (Number)base.SetOption(key, value);

    private protected override string? GetElementBody() => PhoneNumber?.ToString();

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("sendDigits", SendDigits);
        attributes.Add("url", Url);
        attributes.Add("method", Method);
        attributes.Add("statusCallbackEvent", StatusCallbackEvent);
        attributes.Add("statusCallback", StatusCallback);
        attributes.Add("statusCallbackMethod", StatusCallbackMethod);
        attributes.Add("byoc", Byoc);
        attributes.Add("machineDetection", MachineDetection);
        attributes.Add("amdStatusCallbackMethod", AmdStatusCallbackMethod);
        attributes.Add("amdStatusCallback", AmdStatusCallback);
        attributes.Add("machineDetectionTimeout", MachineDetectionTimeout);
        attributes.Add("machineDetectionSpeechThreshold", MachineDetectionSpeechThreshold);
        attributes.Add("machineDetectionSpeechEndThreshold", MachineDetectionSpeechEndThreshold);
        attributes.Add("machineDetectionSilenceTimeout", MachineDetectionSilenceTimeout);
    }
}
