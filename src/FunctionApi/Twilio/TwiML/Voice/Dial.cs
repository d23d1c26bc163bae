using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Dial&gt; verb: connects the caller to another party, given as text or as nested &lt;Number&gt;, &lt;Client&gt;, &lt;Sip&gt;, &lt;Conference&gt; or &lt;Queue&gt; nouns.</summary>
public partial class Dial : TwiML
{
    /// <summary>Creates a &lt;Dial&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="number">A phone number to dial, when no noun is nested.</param>
    /// <param name="action">The URL Twilio requests when the dialed call ends.</param>
    /// <param name="method">The HTTP method for <c>action</c>.</param>
    /// <param name="timeout">Seconds to wait for an answer.</param>
    /// <param name="hangupOnStar">Whether the caller can hang up on the dialed party by pressing *.</param>
    /// <param name="timeLimit">The longest the call may last, in seconds.</param>
    /// <param name="callerId">The caller ID to present to the dialed party.</param>
    /// <param name="record">Whether and how to record the call.</param>
    /// <param name="trim">Whether to trim silence from the recording.</param>
    /// <param name="recordingStatusCallback">The URL Twilio requests when the recording changes status.</param>
    /// <param name="recordingConfigurationId">The recording configuration to use.</param>
    /// <param name="recordingStatusCallbackMethod">The HTTP method for <c>recordingStatusCallback</c>.</param>
    /// <param name="recordingStatusCallbackEvent">The recording events that trigger the callback.</param>
    /// <param name="answerOnBridge">Whether the caller keeps hearing ringing until the dialed party answers.</param>
    /// <param name="ringTone">The country whose ringback tone the caller hears.</param>
    /// <param name="recordingTrack">Which audio track to record.</param>
    /// <param name="sequential">Whether nested nouns are dialed one after another instead of all at once.</param>
    /// <param name="referUrl">The URL Twilio requests on a SIP REFER.</param>
    /// <param name="referMethod">The HTTP method for <c>referUrl</c>.</param>
    /// <param name="events">Events to subscribe to.</param>
    public Dial(
        string? number = null,
        Uri? action = null,
        Twilio.Http.HttpMethod? method = null,
        int? timeout = null,
        bool? hangupOnStar = null,
        int? timeLimit = null,
        string? callerId = null,
        Dial.RecordEnum? record = null,
        Dial.TrimEnum? trim = null,
        Uri? recordingStatusCallback = null,
        string? recordingConfigurationId = null,
        Twilio.Http.HttpMethod? recordingStatusCallbackMethod = null,
        IEnumerable<Dial.RecordingEventEnum>? recordingStatusCallbackEvent = null,
        bool? answerOnBridge = null,
        Dial.RingToneEnum? ringTone = null,
        Dial.RecordingTrackEnum? recordingTrack = null,
        bool? sequential = null,
        Uri? referUrl = null,
        Twilio.Http.HttpMethod? referMethod = null,
        Dial.EventsEnum? events = null)
        : base("Dial")
    {
        NumberAttribute = number;
        Action = action;
        Method = method;
        Timeout = timeout;
        HangupOnStar = hangupOnStar;
        TimeLimit = timeLimit;
        CallerId = callerId;
        Record = record;
        Trim = trim;
        RecordingStatusCallback = recordingStatusCallback;
        RecordingConfigurationId = recordingConfigurationId;
        RecordingStatusCallbackMethod = recordingStatusCallbackMethod;
        RecordingStatusCallbackEvent = recordingStatusCallbackEvent;
        AnswerOnBridge = answerOnBridge;
        RingTone = ringTone;
        RecordingTrack = recordingTrack;
        Sequential = sequential;
        ReferUrl = referUrl;
        ReferMethod = referMethod;
        Events = events;
    }

    /// <summary>A phone number to dial, when no noun is nested.</summary>
    public string? NumberAttribute { get; set; }

    /// <summary>The URL Twilio requests when the dialed call ends.</summary>
    public Uri? Action { get; set; }

    /// <summary>The HTTP method for <c>action</c>.</summary>
    public Twilio.Http.HttpMethod? Method { get; set; }

    /// <summary>Seconds to wait for an answer.</summary>
    public int? Timeout { get; set; }

    /// <summary>Whether the caller can hang up on the dialed party by pressing *.</summary>
    public bool? HangupOnStar { get; set; }

    /// <summary>The longest the call may last, in seconds.</summary>
    public int? TimeLimit { get; set; }

    /// <summary>The caller ID to present to the dialed party.</summary>
    public string? CallerId { get; set; }

    /// <summary>Whether and how to record the call.</summary>
    public Dial.RecordEnum? Record { get; set; }

    /// <summary>Whether to trim silence from the recording.</summary>
    public Dial.TrimEnum? Trim { get; set; }

    /// <summary>The URL Twilio requests when the recording changes status.</summary>
    public Uri? RecordingStatusCallback { get; set; }

    /// <summary>The recording configuration to use.</summary>
    public string? RecordingConfigurationId { get; set; }

    /// <summary>The HTTP method for <c>recordingStatusCallback</c>.</summary>
    public Twilio.Http.HttpMethod? RecordingStatusCallbackMethod { get; set; }

    /// <summary>The recording events that trigger the callback.</summary>
    public IEnumerable<Dial.RecordingEventEnum>? RecordingStatusCallbackEvent { get; set; }

    /// <summary>Whether the caller keeps hearing ringing until the dialed party answers.</summary>
    public bool? AnswerOnBridge { get; set; }

    /// <summary>The country whose ringback tone the caller hears.</summary>
    public Dial.RingToneEnum? RingTone { get; set; }

    /// <summary>Which audio track to record.</summary>
    public Dial.RecordingTrackEnum? RecordingTrack { get; set; }

    /// <summary>Whether nested nouns are dialed one after another instead of all at once.</summary>
    public bool? Sequential { get; set; }

    /// <summary>The URL Twilio requests on a SIP REFER.</summary>
    public Uri? ReferUrl { get; set; }

    /// <summary>The HTTP method for <c>referUrl</c>.</summary>
    public Twilio.Http.HttpMethod? ReferMethod { get; set; }

    /// <summary>Events to subscribe to.</summary>
    public Dial.EventsEnum? Events { get; set; }

    /// <summary>Appends a &lt;Number&gt; child. A phone number to call.</summary>
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
    /// <returns>This element, for chaining.</returns>
    public Dial Number(
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
    {
        Append(new Number(phoneNumber, sendDigits, url, method, statusCallbackEvent, statusCallback, statusCallbackMethod, byoc, machineDetection, amdStatusCallbackMethod, amdStatusCallback, machineDetectionTimeout, machineDetectionSpeechThreshold, machineDetectionSpeechEndThreshold, machineDetectionSilenceTimeout));
        return this;
    }

    /// <summary>Appends a &lt;Client&gt; child. A Twilio Client (Voice SDK) identity to call.</summary>
    /// <param name="identity">The client identity to dial.</param>
    /// <param name="url">TwiML URL to run for the called client before connecting.</param>
    /// <param name="method">The HTTP method for <c>url</c>.</param>
    /// <param name="statusCallbackEvent">The call events that trigger the status callback.</param>
    /// <param name="statusCallback">The URL Twilio requests on call events.</param>
    /// <param name="statusCallbackMethod">The HTTP method for <c>statusCallback</c>.</param>
    /// <returns>This element, for chaining.</returns>
    public Dial Client(
        string? identity = null,
        Uri? url = null,
        Twilio.Http.HttpMethod? method = null,
        IEnumerable<Client.EventEnum>? statusCallbackEvent = null,
        Uri? statusCallback = null,
        Twilio.Http.HttpMethod? statusCallbackMethod = null)
    {
        Append(new Client(identity, url, method, statusCallbackEvent, statusCallback, statusCallbackMethod));
        return this;
    }

    /// <summary>Appends a &lt;Sip&gt; child. A SIP endpoint to call.</summary>
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
    /// <returns>This element, for chaining.</returns>
    public Dial Sip(
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
    {
        Append(new Sip(sipUrl, username, password, url, method, statusCallbackEvent, statusCallback, statusCallbackMethod, machineDetection, amdStatusCallbackMethod, amdStatusCallback, machineDetectionTimeout, machineDetectionSpeechThreshold, machineDetectionSpeechEndThreshold, machineDetectionSilenceTimeout));
        return this;
    }

    /// <summary>Appends a &lt;Conference&gt; child. A named conference room to join.</summary>
    /// <param name="name">The conference name.</param>
    /// <param name="muted">Whether the participant joins muted.</param>
    /// <param name="beep">When to play a beep as participants join and leave.</param>
    /// <param name="startConferenceOnEnter">Whether the conference starts when this participant joins.</param>
    /// <param name="endConferenceOnExit">Whether the conference ends when this participant leaves.</param>
    /// <param name="waitUrl">The URL of hold music or TwiML while waiting.</param>
    /// <param name="waitMethod">The HTTP method for <c>waitUrl</c>.</param>
    /// <param name="maxParticipants">The most participants allowed.</param>
    /// <param name="record">Whether to record the conference.</param>
    /// <param name="recordingConfigurationId">The recording configuration to use.</param>
    /// <param name="region">The region to host the conference in.</param>
    /// <param name="coach">The call SID of the participant to coach.</param>
    /// <param name="trim">Whether to trim silence from the recording.</param>
    /// <param name="statusCallbackEvent">The conference events that trigger the status callback.</param>
    /// <param name="statusCallback">The URL Twilio requests on conference events.</param>
    /// <param name="statusCallbackMethod">The HTTP method for <c>statusCallback</c>.</param>
    /// <param name="recordingStatusCallback">The URL Twilio requests when the recording changes status.</param>
    /// <param name="recordingStatusCallbackMethod">The HTTP method for <c>recordingStatusCallback</c>.</param>
    /// <param name="recordingStatusCallbackEvent">The recording events that trigger the callback.</param>
    /// <param name="eventCallbackUrl">The URL Twilio requests on conference events (legacy).</param>
    /// <param name="jitterBufferSize">The size of the participant jitter buffer.</param>
    /// <param name="participantLabel">A label for this participant.</param>
    /// <returns>This element, for chaining.</returns>
    public Dial Conference(
        string? name = null,
        bool? muted = null,
        Conference.BeepEnum? beep = null,
        bool? startConferenceOnEnter = null,
        bool? endConferenceOnExit = null,
        Uri? waitUrl = null,
        Twilio.Http.HttpMethod? waitMethod = null,
        int? maxParticipants = null,
        Conference.RecordEnum? record = null,
        string? recordingConfigurationId = null,
        Conference.RegionEnum? region = null,
        string? coach = null,
        Conference.TrimEnum? trim = null,
        IEnumerable<Conference.EventEnum>? statusCallbackEvent = null,
        Uri? statusCallback = null,
        Twilio.Http.HttpMethod? statusCallbackMethod = null,
        Uri? recordingStatusCallback = null,
        Twilio.Http.HttpMethod? recordingStatusCallbackMethod = null,
        IEnumerable<Conference.RecordingEventEnum>? recordingStatusCallbackEvent = null,
        Uri? eventCallbackUrl = null,
        Conference.JitterBufferSizeEnum? jitterBufferSize = null,
        string? participantLabel = null)
    {
        Append(new Conference(name, muted, beep, startConferenceOnEnter, endConferenceOnExit, waitUrl, waitMethod, maxParticipants, record, recordingConfigurationId, region, coach, trim, statusCallbackEvent, statusCallback, statusCallbackMethod, recordingStatusCallback, recordingStatusCallbackMethod, recordingStatusCallbackEvent, eventCallbackUrl, jitterBufferSize, participantLabel));
        return this;
    }

    /// <summary>Appends a &lt;Queue&gt; child. Connects to the caller at the front of a queue.</summary>
    /// <param name="name">The queue name.</param>
    /// <param name="url">TwiML URL to run for the dequeued caller before connecting.</param>
    /// <param name="method">The HTTP method for <c>url</c>.</param>
    /// <param name="reservationSid">The TaskRouter reservation SID.</param>
    /// <param name="postWorkActivitySid">The TaskRouter activity SID to set after the call.</param>
    /// <returns>This element, for chaining.</returns>
    public Dial Queue(
        string? name = null,
        Uri? url = null,
        Twilio.Http.HttpMethod? method = null,
        string? reservationSid = null,
        string? postWorkActivitySid = null)
    {
        Append(new Queue(name, url, method, reservationSid, postWorkActivitySid));
        return this;
    }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Dial Append(TwiML childElem) => (Dial)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Dial SetOption(string key, object value) => (Dial)base.SetOption(key, value);

    private protected override string? GetElementBody() => NumberAttribute;

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("action", Action);
        attributes.Add("method", Method);
        attributes.Add("timeout", Timeout);
        attributes.Add("hangupOnStar", HangupOnStar);
        attributes.Add("timeLimit", TimeLimit);
        attributes.Add("callerId", CallerId);
        attributes.Add("record", Record);
        attributes.Add("trim", Trim);
        attributes.Add("recordingStatusCallback", RecordingStatusCallback);
        attributes.Add("recordingConfigurationId", RecordingConfigurationId);
        attributes.Add("recordingStatusCallbackMethod", RecordingStatusCallbackMethod);
        attributes.Add("recordingStatusCallbackEvent", RecordingStatusCallbackEvent);
        attributes.Add("answerOnBridge", AnswerOnBridge);
        attributes.Add("ringTone", RingTone);
        attributes.Add("recordingTrack", RecordingTrack);
        attributes.Add("sequential", Sequential);
        attributes.Add("referUrl", ReferUrl);
        attributes.Add("referMethod", ReferMethod);
        attributes.Add("events", Events);
    }
}
