using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Gather&gt; verb: collects digits or speech from the caller, optionally while prompting with nested &lt;Say&gt;, &lt;Play&gt; and &lt;Pause&gt;.</summary>
public partial class Gather : TwiML
{
    /// <summary>Creates a &lt;Gather&gt; element; leave a parameter out to leave its attribute out.</summary>
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
    public Gather(
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
        : base("Gather")
    {
        Input = input;
        Action = action;
        Method = method;
        Timeout = timeout;
        SpeechTimeout = speechTimeout;
        MaxSpeechTime = maxSpeechTime;
        ProfanityFilter = profanityFilter;
        FinishOnKey = finishOnKey;
        NumDigits = numDigits;
        PartialResultCallback = partialResultCallback;
        PartialResultCallbackMethod = partialResultCallbackMethod;
        Language = language;
        Hints = hints;
        BargeIn = bargeIn;
        Debug = debug;
        ActionOnEmptyResult = actionOnEmptyResult;
        SpeechModel = speechModel;
        Enhanced = enhanced;
    }

    /// <summary>Which input to accept: dtmf, speech, or both.</summary>
    public IEnumerable<Gather.InputEnum>? Input { get; set; }

    /// <summary>The URL Twilio requests with the gathered input.</summary>
    public Uri? Action { get; set; }

    /// <summary>The HTTP method for <c>action</c>.</summary>
    public Twilio.Http.HttpMethod? Method { get; set; }

    /// <summary>Seconds of silence before the gather ends.</summary>
    public int? Timeout { get; set; }

    /// <summary>Seconds of silence that end speech input, or <c>auto</c>.</summary>
    public string? SpeechTimeout { get; set; }

    /// <summary>The most seconds of speech to accept.</summary>
    public int? MaxSpeechTime { get; set; }

    /// <summary>Whether to mask profanity in the speech result.</summary>
    public bool? ProfanityFilter { get; set; }

    /// <summary>The key that ends digit input.</summary>
    public string? FinishOnKey { get; set; }

    /// <summary>How many digits to collect.</summary>
    public int? NumDigits { get; set; }

    /// <summary>The URL Twilio requests with partial speech results.</summary>
    public Uri? PartialResultCallback { get; set; }

    /// <summary>The HTTP method for <c>partialResultCallback</c>.</summary>
    public Twilio.Http.HttpMethod? PartialResultCallbackMethod { get; set; }

    /// <summary>The language of the expected speech.</summary>
    public Gather.LanguageEnum? Language { get; set; }

    /// <summary>Words or phrases likely to be spoken, comma-separated.</summary>
    public string? Hints { get; set; }

    /// <summary>Whether input stops nested prompts.</summary>
    public bool? BargeIn { get; set; }

    /// <summary>Whether to include debug information.</summary>
    public bool? Debug { get; set; }

    /// <summary>Whether to request <c>action</c> even when nothing was gathered.</summary>
    public bool? ActionOnEmptyResult { get; set; }

    /// <summary>The speech recognition model to use.</summary>
    public string? SpeechModel { get; set; }

    /// <summary>Whether to use the premium speech model.</summary>
    public bool? Enhanced { get; set; }

    /// <summary>Appends a &lt;Say&gt; child. Reads text to the caller with text-to-speech.</summary>
    /// <param name="message">The text to say.</param>
    /// <param name="voice">The voice to speak with.</param>
    /// <param name="loop">How many times to repeat the text; 0 repeats until the call ends.</param>
    /// <param name="language">The language and accent to speak with.</param>
    /// <returns>This element, for chaining.</returns>
    public Gather Say(
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
    public Gather Play(
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
    public Gather Pause(int? length = null)
    {
        Append(new Pause(length));
        return this;
    }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Gather Append(TwiML childElem) => (Gather)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Gather SetOption(string key, object value) => (Gather)base.SetOption(key, value);

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("input", Input);
        attributes.Add("action", Action);
        attributes.Add("method", Method);
        attributes.Add("timeout", Timeout);
        attributes.Add("speechTimeout", SpeechTimeout);
        attributes.Add("maxSpeechTime", MaxSpeechTime);
        attributes.Add("profanityFilter", ProfanityFilter);
        attributes.Add("finishOnKey", FinishOnKey);
        attributes.Add("numDigits", NumDigits);
        attributes.Add("partialResultCallback", PartialResultCallback);
        attributes.Add("partialResultCallbackMethod", PartialResultCallbackMethod);
        attributes.Add("language", Language);
        attributes.Add("hints", Hints);
        attributes.Add("bargeIn", BargeIn);
        attributes.Add("debug", Debug);
        attributes.Add("actionOnEmptyResult", ActionOnEmptyResult);
        attributes.Add("speechModel", SpeechModel);
        attributes.Add("enhanced", Enhanced);
    }
}
