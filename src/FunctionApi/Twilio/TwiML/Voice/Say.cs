using Twilio.Types;

namespace Twilio.TwiML.Voice;

/// <summary>The &lt;Say&gt; verb: reads text to the caller with text-to-speech.</summary>
public partial class Say : TwiML
{
    /// <summary>Creates a &lt;Say&gt; element; leave a parameter out to leave its attribute out.</summary>
    /// <param name="message">The text to say.</param>
    /// <param name="voice">The voice to speak with.</param>
    /// <param name="loop">How many times to repeat the text; 0 repeats until the call ends.</param>
    /// <param name="language">The language and accent to speak with.</param>
    public Say(
        string? message = null,
        Say.VoiceEnum? voice = null,
        int? loop = null,
        Say.LanguageEnum? language = null)
        : base("Say")
    {
        Message = message;
        Voice = voice;
        Loop = loop;
        Language = language;
    }

    /// <summary>The text to say.</summary>
    public string? Message { get; set; }

    /// <summary>The voice to speak with.</summary>
    public Say.VoiceEnum? Voice { get; set; }

    /// <summary>How many times to repeat the text; 0 repeats until the call ends.</summary>
    public int? Loop { get; set; }

    /// <summary>The language and accent to speak with.</summary>
    public Say.LanguageEnum? Language { get; set; }

    /// <summary>Appends a child element after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public new Say Append(TwiML childElem) => (Say)base.Append(childElem);

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value.</param>
    /// <returns>This element, for chaining.</returns>
    public new Say SetOption(string key, object value) => (Say)base.SetOption(key, value);

    private protected override string? GetElementBody() => Message;

    private protected override void AddElementAttributes(TwiMLAttributes attributes)
    {
        attributes.Add("voice", Voice);
        attributes.Add("loop", Loop);
        attributes.Add("language", Language);
    }
}
