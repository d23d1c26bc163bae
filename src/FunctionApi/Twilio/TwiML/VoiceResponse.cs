using Twilio.TwiML.Voice;
using Twilio.Types;

namespace Twilio.TwiML;

/// <summary>A voice call's &lt;Response&gt;: the TwiML a call webhook answers with. Add verbs in the order Twilio should run them.</summary>
public class VoiceResponse : TwiML
{
    /// <summary>Creates an empty &lt;Response&gt;.</summary>
    public VoiceResponse()
        : base("Response")
    {
    }

    /// <summary>Appends a &lt;Say&gt; child. Reads text to the caller with text-to-speech.</summary>
    /// <param name="message">The text to say.</param>
    /// <param name="voice">The voice to speak with.</param>
    /// <param name="loop">How many times to repeat the text; 0 repeats until the call ends.</param>
    /// <param name="language">The language and accent to speak with.</param>
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Say(
        string? message = null,
        Say.VoiceEnum? voice = null,
        int? loop = null,
        Say.LanguageEnum? language = null)
    {
        Append(new Say(message, voice, loop, language));
        return this;
    }

    /// <summary>Appends a &lt;Play&gt; child. Plays an audio file, or DTMF tones, to the caller.</summary>
    /// <param name="url">The URL of the audio file to play.</param>
    /// <param name="loop">How many times to play; 0 repeats until the call ends.</param>
    /// <param name="digits">DTMF tones to play instead of audio; <c>w</c> waits half a second.</param>
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Play(
        Uri? url = null,
        int? loop = null,
        string? digits = null)
    {
        Append(new Play(url, loop, digits));
        return this;
    }

    /// <summary>Appends a &lt;Pause&gt; child. Waits silently.</summary>
    /// <param name="length">Seconds to wait.</param>
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Pause(int? length = null)
    {
        Append(new Pause(length));
        return this;
    }

    /// <summary>Appends a &lt;Gather&gt; child. Collects digits or speech from the caller, optionally while prompting with nested &lt;Say&gt;, &lt;Play&gt; and &lt;Pause&gt;.</summary>
    /// <param name="input">Which input to accept: dtmf, speech, or both.</param>
    /// <param name="action">The URL Twilio requests with the gathered input.</param>
    /// <param name="method">The HTTP method for <c>action</c>.</param>
    /// <param name="timeout">Seconds of silence before the gather ends.</param>
    /// <param name="speechTimeout">Seconds of silence that end speech input, or <c>auto</c>.</param>
    /// <param name="maxSpeechTime">The most seconds of speech to accept.</param>
    /// <param name="profanityFilter">Whether to mask profanity in the speech result.</param>
    /// <param name="finishOnKey">The key that ends digit input.</param>
    /// <param name="numDigits">How many digits to collect.</param>
    /// <param name="partialResultCallback">The URL Twilio requests with partial speech results.</param>
    /// <param name="partialResultCallbackMethod">The HTTP method for <c>partialResultCallback</c>.</param>
    /// <param name="language">The language of the expected speech.</param>
    /// <param name="hints">Words or phrases likely to be spoken, comma-separated.</param>
    /// <param name="bargeIn">Whether input stops nested prompts.</param>
    /// <param name="debug">Whether to include debug information.</param>
    /// <param name="actionOnEmptyResult">Whether to request <c>action</c> even when nothing was gathered.</param>
    /// <param name="speechModel">The speech recognition model to use.</param>
    /// <param name="enhanced">Whether to use the premium speech model.</param>
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Gather(
        IEnumerable<Gather.InputEnum>? input = null,
        Uri? action = null,
        Twilio.Http.HttpMethod? method = null,
        int? timeout = null,
        string? speechTimeout = null,
        int? maxSpeechTime = null,
        bool? profanityFilter = null,
        string? finishOnKey = null,
        int? numDigits = null,
        Uri? partialResultCallback = null,
        Twilio.Http.HttpMethod? partialResultCallbackMethod = null,
        Gather.LanguageEnum? language = null,
        string? hints = null,
        bool? bargeIn = null,
        bool? debug = null,
        bool? actionOnEmptyResult = null,
        string? speechModel = null,
        bool? enhanced = null)
    {
        Append(new Gather(input, action, method, timeout, speechTimeout, maxSpeechTime, profanityFilter, finishOnKey, numDigits, partialResultCallback, partialResultCallbackMethod, language, hints, bargeIn, debug, actionOnEmptyResult, speechModel, enhanced));
        return this;
    }

    /// <summary>Appends a &lt;Dial&gt; child. Connects the caller to another party, given as text or as nested &lt;Number&gt;, &lt;Client&gt;, &lt;Sip&gt;, &lt;Conference&gt; or &lt;Queue&gt; nouns.</summary>
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
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Dial(
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
    {
        Append(new Dial(number, action, method, timeout, hangupOnStar, timeLimit, callerId, record, trim, recordingStatusCallback, recordingConfigurationId, recordingStatusCallbackMethod, recordingStatusCallbackEvent, answerOnBridge, ringTone, recordingTrack, sequential, referUrl, referMethod, events));
        return this;
    }

    /// <summary>Appends a &lt;Record&gt; child. Records the caller's voice.</summary>
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
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Record(
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
    {
        Append(new Record(action, method, timeout, finishOnKey, maxLength, playBeep, trim, recordingStatusCallback, recordingStatusCallbackMethod, recordingStatusCallbackEvent, transcribe, transcribeCallback, recordingConfigurationId));
        return this;
    }

    /// <summary>Appends a &lt;Redirect&gt; child. Continues the call with TwiML from another URL.</summary>
    /// <param name="url">The URL of the TwiML to continue with.</param>
    /// <param name="method">The HTTP method for <c>url</c>.</param>
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Redirect(Uri? url = null, Twilio.Http.HttpMethod? method = null)
    {
        Append(new Redirect(url, method));
        return this;
    }

    /// <summary>Appends a &lt;Hangup&gt; child. Ends the call.</summary>
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Hangup()
    {
        Append(new Hangup());
        return this;
    }

    /// <summary>Appends a &lt;Reject&gt; child. Declines an incoming call without answering it (no charge).</summary>
    /// <param name="reason">The tone the caller hears: rejected or busy.</param>
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Reject(Reject.ReasonEnum? reason = null)
    {
        Append(new Reject(reason));
        return this;
    }

    /// <summary>Appends a &lt;Enqueue&gt; child. Puts the caller in a queue.</summary>
    /// <param name="name">The queue name.</param>
    /// <param name="action">The URL Twilio requests when the caller leaves the queue.</param>
    /// <param name="maxQueueSize">The most callers the queue holds.</param>
    /// <param name="method">The HTTP method for <c>action</c>.</param>
    /// <param name="waitUrl">The URL of hold music or TwiML while waiting.</param>
    /// <param name="waitUrlMethod">The HTTP method for <c>waitUrl</c>.</param>
    /// <param name="workflowSid">The TaskRouter workflow SID.</param>
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Enqueue(
        string? name = null,
        Uri? action = null,
        int? maxQueueSize = null,
        Twilio.Http.HttpMethod? method = null,
        Uri? waitUrl = null,
        Twilio.Http.HttpMethod? waitUrlMethod = null,
        string? workflowSid = null)
    {
        Append(new Enqueue(name, action, maxQueueSize, method, waitUrl, waitUrlMethod, workflowSid));
        return this;
    }

    /// <summary>Appends a &lt;Leave&gt; child. Takes the caller out of the queue and continues after &lt;Enqueue&gt;.</summary>
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Leave()
    {
        Append(new Leave());
        return this;
    }

    /// <summary>Appends a &lt;Sms&gt; child. Sends a text message during a call (Twilio recommends &lt;Message&gt; or the REST API instead).</summary>
    /// <param name="message">The message text.</param>
    /// <param name="to">The number to send to; defaults to the caller.</param>
    /// <param name="from">The number to send from; defaults to the called number.</param>
    /// <param name="action">The URL Twilio requests when the message is sent.</param>
    /// <param name="method">The HTTP method for <c>action</c>.</param>
    /// <param name="statusCallback">The URL Twilio requests when the message changes status.</param>
    /// <returns>This element, for chaining.</returns>
    public VoiceResponse Sms(
        string? message = null,
        PhoneNumber? to = null,
        PhoneNumber? from = null,
        Uri? action = null,
        Twilio.Http.HttpMethod? method = null,
        Uri? statusCallback = null)
    {
        Append(new Sms(message, to, from, action, method, statusCallback));
        return this;
    }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new VoiceResponse Append(TwiML childElem) => (VoiceResponse)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new VoiceResponse SetOption(string key, object value) => (VoiceResponse)base.SetOption(key, value);
}
