using System.Text;

namespace ScriptHost.Functions.Output;

/// <summary>
/// A text writer into memory that asks an <see cref="IOutputBudget"/> before it takes more characters: a renderer
/// writing through it stops at the output limit (or at <paramref name="maxChars"/> when nothing is budgeted) instead
/// of after it. Characters are counted, each at least one UTF-8 byte, so the count never runs ahead of the bytes.
/// </summary>
/// <remarks>
/// Reports UTF-8 as its encoding, as the XML declaration of Twilio's own <c>Utf8StringWriter</c> does. A writer such
/// as <see cref="System.Xml.XmlWriter"/> fills a buffer of its own and hands it over every few thousand characters,
/// so the budget is asked once per flush, never per character.
/// </remarks>
internal sealed class BoundedStringWriter(IOutputBudget? budget, long maxChars) : TextWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    private readonly StringBuilder _text = new(256);
    private bool _abandoned;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Characters written so far.</summary>
    public int Length => _text.Length;

    /// <summary>Drops everything later written: the document failed, and flushing its remains must not throw again.</summary>
    public void Abandon() => _abandoned = true;

    public override void Write(char value)
    {
        if (Reserve(1))
        {
            _text.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (Reserve(count))
        {
            _text.Append(buffer, index, count);
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (Reserve(buffer.Length))
        {
            _text.Append(buffer);
        }
    }

    public override void Write(string? value)
    {
        if (value is not null && Reserve(value.Length))
        {
            _text.Append(value);
        }
    }

    public override string ToString() => _text.ToString();

    private bool Reserve(int count)
    {
        if (_abandoned)
        {
            return false;
        }

        var total = (long)_text.Length + count;
        if (total > maxChars)
        {
            throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The document would be longer than {maxChars:N0} characters."));
        }

        budget?.EnsureOutputFits(total);
        return true;
    }
}
