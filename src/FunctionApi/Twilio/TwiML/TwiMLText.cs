namespace Twilio.TwiML;

/// <summary>Text appended with <see cref="TwiML.AddText"/>: written escaped, with no tag of its own.</summary>
internal sealed class TwiMLText : TwiML
{
    private readonly string _text;

    public TwiMLText(string text)
        : base("#text")
    {
        _text = text;
    }

    public bool IsEmpty => _text.Length == 0;

    internal override void WriteTo(TwiMLXmlWriter writer) => writer.WriteText(_text);
}
