using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Play&gt; verb: plays an audio file, or DTMF tones, to the caller.</summary>
public class Play : TwiML
{
    /// <summary>Creates a &lt;Play&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="url">The URL of the audio file to play.</param>
    /// <param name="loop">How many times to play; 0 repeats until the call ends.</param>
    /// <param name="digits">DTMF tones to play instead of audio; <c>w</c> waits half a second.</param>
    public Play(
        Uri? url = null,
        int? loop = null,
        string? digits = null)
        : base("Play")
    {
        Url = url;
        Loop = loop;
        Digits = digits;
    }

    /// <summary>The URL of the audio file to play.</summary>
    public Uri? Url { get; set; }

    /// <summary>How many times to play; 0 repeats until the call ends.</summary>
    public int? Loop { get; set; }

    /// <summary>DTMF tones to play instead of audio; <c>w</c> waits half a second.</summary>
    public string? Digits { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Play Append(TwiML childElem) => (Play)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Play SetOption(string key, object value) => (Play)base.SetOption(key, value);

    private protected override string? GetElementBody() => Url?.OriginalString;

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("loop", Loop);
        attributes.Add("digits", Digits);
    }
}
