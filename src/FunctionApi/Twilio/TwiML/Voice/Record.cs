using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Record&gt; verb: records the caller's voice.</summary>
public partial class Record : TwiML
{
    /// <summary>Creates a &lt;Record&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="action">The URL Twilio requests when the recording ends.</param>
    /// <param name="method">The HTTP method for <c>action</c>.</param>
    /// <param name="timeout">Seconds of silence that end the recording.</param>
    /// <param name="finishOnKey">The keys that end the recording.</param>
    /// <param name="maxLength">The longest recording, in seconds.</param>
    /// <param name="playBeep">Whether to beep before recording.</param>
    /// <param name="trim">Whether to trim silence from the recording.</param>
    /// <param name="recordingStatusCallback">The URL Twilio requests when the recording changes status.</param>
    /// <param name="recordingStatusCallbackMethod">The HTTP method for <c>recordingStatusCallback</c>.</param>
    /// <param name="recordingStatusCallbackEvent">The recording events that trigger the callback.</param>
    /// <param name="transcribe">Whether to transcribe the recording.</param>
    /// <param name="transcribeCallback">The URL Twilio requests with the transcription.</param>
    /// <param name="recordingConfigurationId">The recording configuration to use.</param>
    public Record(
        Uri? action = null,
        Twilio.Http.HttpMethod? method = null,
        int? timeout = null,
        string? finishOnKey = null,
        int? maxLength = null,
        bool? playBeep = null,
        Record.TrimEnum? trim = null,
        Uri? recordingStatusCallback = null,
        Twilio.Http.HttpMethod? recordingStatusCallbackMethod = null,
        IEnumerable<Record.RecordingEventEnum>? recordingStatusCallbackEvent = null,
        bool? transcribe = null,
        Uri? transcribeCallback = null,
        string? recordingConfigurationId = null)
        : base("Record")
    {
        Action = action;
        Method = method;
        Timeout = timeout;
        FinishOnKey = finishOnKey;
        MaxLength = maxLength;
        PlayBeep = playBeep;
        Trim = trim;
        RecordingStatusCallback = recordingStatusCallback;
        RecordingStatusCallbackMethod = recordingStatusCallbackMethod;
        RecordingStatusCallbackEvent = recordingStatusCallbackEvent;
        Transcribe = transcribe;
        TranscribeCallback = transcribeCallback;
        RecordingConfigurationId = recordingConfigurationId;
    }

    /// <summary>The URL Twilio requests when the recording ends.</summary>
    public Uri? Action { get; set; }

    /// <summary>The HTTP method for <c>action</c>.</summary>
    public Twilio.Http.HttpMethod? Method { get; set; }

    /// <summary>Seconds of silence that end the recording.</summary>
    public int? Timeout { get; set; }

    /// <summary>The keys that end the recording.</summary>
    public string? FinishOnKey { get; set; }

    /// <summary>The longest recording, in seconds.</summary>
    public int? MaxLength { get; set; }

    /// <summary>Whether to beep before recording.</summary>
    public bool? PlayBeep { get; set; }

    /// <summary>Whether to trim silence from the recording.</summary>
    public Record.TrimEnum? Trim { get; set; }

    /// <summary>The URL Twilio requests when the recording changes status.</summary>
    public Uri? RecordingStatusCallback { get; set; }

    /// <summary>The HTTP method for <c>recordingStatusCallback</c>.</summary>
    public Twilio.Http.HttpMethod? RecordingStatusCallbackMethod { get; set; }

    /// <summary>The recording events that trigger the callback.</summary>
    public IEnumerable<Record.RecordingEventEnum>? RecordingStatusCallbackEvent { get; set; }

    /// <summary>Whether to transcribe the recording.</summary>
    public bool? Transcribe { get; set; }

    /// <summary>The URL Twilio requests with the transcription.</summary>
    public Uri? TranscribeCallback { get; set; }

    /// <summary>The recording configuration to use.</summary>
    public string? RecordingConfigurationId { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Record Append(TwiML childElem) => (Record)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Record SetOption(string key, object value) => (Record)base.SetOption(key, value);

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("action", Action);
        attributes.Add("method", Method);
        attributes.Add("timeout", Timeout);
        attributes.Add("finishOnKey", FinishOnKey);
        attributes.Add("maxLength", MaxLength);
        attributes.Add("playBeep", PlayBeep);
        attributes.Add("trim", Trim);
        attributes.Add("recordingStatusCallback", RecordingStatusCallback);
        attributes.Add("recordingStatusCallbackMethod", RecordingStatusCallbackMethod);
        attributes.Add("recordingStatusCallbackEvent", RecordingStatusCallbackEvent);
        attributes.Add("transcribe", Transcribe);
        attributes.Add("transcribeCallback", TranscribeCallback);
        attributes.Add("recordingConfigurationId", RecordingConfigurationId);
    }
}
