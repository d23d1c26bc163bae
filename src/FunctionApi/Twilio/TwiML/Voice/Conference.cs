using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Conference&gt; noun of &lt;Dial&gt;: a named conference room to join.</summary>
public partial class Conference : TwiML
{
    /// <summary>Creates a &lt;Conference&gt; element; leave a parameter out to leave its attribute out.</summary>
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
    public Conference(
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
        : base("Conference")
    {
        Name = name;
        Muted = muted;
        Beep = beep;
        StartConferenceOnEnter = startConferenceOnEnter;
        EndConferenceOnExit = endConferenceOnExit;
        WaitUrl = waitUrl;
        WaitMethod = waitMethod;
        MaxParticipants = maxParticipants;
        Record = record;
        RecordingConfigurationId = recordingConfigurationId;
        Region = region;
        Coach = coach;
        Trim = trim;
        StatusCallbackEvent = statusCallbackEvent;
        StatusCallback = statusCallback;
        StatusCallbackMethod = statusCallbackMethod;
        RecordingStatusCallback = recordingStatusCallback;
        RecordingStatusCallbackMethod = recordingStatusCallbackMethod;
        RecordingStatusCallbackEvent = recordingStatusCallbackEvent;
        EventCallbackUrl = eventCallbackUrl;
        JitterBufferSize = jitterBufferSize;
        ParticipantLabel = participantLabel;
    }

    /// <summary>The conference name.</summary>
    public string? Name { get; set; }

    /// <summary>Whether the participant joins muted.</summary>
    public bool? Muted { get; set; }

    /// <summary>When to play a beep as participants join and leave.</summary>
    public Conference.BeepEnum? Beep { get; set; }

    /// <summary>Whether the conference starts when this participant joins.</summary>
    public bool? StartConferenceOnEnter { get; set; }

    /// <summary>Whether the conference ends when this participant leaves.</summary>
    public bool? EndConferenceOnExit { get; set; }

    /// <summary>The URL of hold music or TwiML while waiting.</summary>
    public Uri? WaitUrl { get; set; }

    /// <summary>The HTTP method for <c>waitUrl</c>.</summary>
    public Twilio.Http.HttpMethod? WaitMethod { get; set; }

    /// <summary>The most participants allowed.</summary>
    public int? MaxParticipants { get; set; }

    /// <summary>Whether to record the conference.</summary>
    public Conference.RecordEnum? Record { get; set; }

    /// <summary>The recording configuration to use.</summary>
    public string? RecordingConfigurationId { get; set; }

    /// <summary>The region to host the conference in.</summary>
    public Conference.RegionEnum? Region { get; set; }

    /// <summary>The call SID of the participant to coach.</summary>
    public string? Coach { get; set; }

    /// <summary>Whether to trim silence from the recording.</summary>
    public Conference.TrimEnum? Trim { get; set; }

    /// <summary>The conference events that trigger the status callback.</summary>
    public IEnumerable<Conference.EventEnum>? StatusCallbackEvent { get; set; }

    /// <summary>The URL Twilio requests on conference events.</summary>
    public Uri? StatusCallback { get; set; }

    /// <summary>The HTTP method for <c>statusCallback</c>.</summary>
    public Twilio.Http.HttpMethod? StatusCallbackMethod { get; set; }

    /// <summary>The URL Twilio requests when the recording changes status.</summary>
    public Uri? RecordingStatusCallback { get; set; }

    /// <summary>The HTTP method for <c>recordingStatusCallback</c>.</summary>
    public Twilio.Http.HttpMethod? RecordingStatusCallbackMethod { get; set; }

    /// <summary>The recording events that trigger the callback.</summary>
    public IEnumerable<Conference.RecordingEventEnum>? RecordingStatusCallbackEvent { get; set; }

    /// <summary>The URL Twilio requests on conference events (legacy).</summary>
    public Uri? EventCallbackUrl { get; set; }

    /// <summary>The size of the participant jitter buffer.</summary>
    public Conference.JitterBufferSizeEnum? JitterBufferSize { get; set; }

    /// <summary>A label for this participant.</summary>
    public string? ParticipantLabel { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Conference Append(TwiML childElem) => (Conference)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Conference SetOption(string key, object value) => (Conference)base.SetOption(key, value);

    private protected override string? GetElementBody() => Name;

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("muted", Muted);
        attributes.Add("beep", Beep);
        attributes.Add("startConferenceOnEnter", StartConferenceOnEnter);
        attributes.Add("endConferenceOnExit", EndConferenceOnExit);
        attributes.Add("waitUrl", WaitUrl);
        attributes.Add("waitMethod", WaitMethod);
        attributes.Add("maxParticipants", MaxParticipants);
        attributes.Add("record", Record);
        attributes.Add("recordingConfigurationId", RecordingConfigurationId);
        attributes.Add("region", Region);
        attributes.Add("coach", Coach);
        attributes.Add("trim", Trim);
        attributes.Add("statusCallbackEvent", StatusCallbackEvent);
        attributes.Add("statusCallback", StatusCallback);
        attributes.Add("statusCallbackMethod", StatusCallbackMethod);
        attributes.Add("recordingStatusCallback", RecordingStatusCallback);
        attributes.Add("recordingStatusCallbackMethod", RecordingStatusCallbackMethod);
        attributes.Add("recordingStatusCallbackEvent", RecordingStatusCallbackEvent);
        attributes.Add("eventCallbackUrl", EventCallbackUrl);
        attributes.Add("jitterBufferSize", JitterBufferSize);
        attributes.Add("participantLabel", ParticipantLabel);
    }
}
