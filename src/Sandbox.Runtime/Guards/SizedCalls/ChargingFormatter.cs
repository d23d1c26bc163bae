using System.Globalization;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// A format provider that composite formatting (<c>string.Format</c>, <c>StringBuilder.AppendFormat</c>) asks for
/// every placeholder's text: it formats the argument exactly as the framework would (the caller's provider, its own
/// custom formatter if it has one, else <see cref="IFormattable"/> or <c>ToString</c>) and, before handing the text
/// back, refuses it once the text formatted so far no longer fits the budget. So <c>"{0}{0}{0}…"</c> over a large
/// argument stops while the framework formats it, not after.
/// </summary>
internal sealed class ChargingFormatter : IFormatProvider, ICustomFormatter
{
    private readonly IFormatProvider? _inner;
    private readonly ICustomFormatter? _innerFormatter;
    private long _chars;

    private ChargingFormatter(IFormatProvider? inner)
    {
        _inner = inner;
        _innerFormatter = inner?.GetFormat(typeof(ICustomFormatter)) as ICustomFormatter;
    }

    /// <summary>A formatter standing in for <paramref name="provider"/> (null: the current culture) for one call.</summary>
    public static ChargingFormatter For(IFormatProvider? provider) => new(provider);

    public object? GetFormat(Type? formatType) =>
        formatType == typeof(ICustomFormatter) ? this : (_inner ?? CultureInfo.CurrentCulture).GetFormat(formatType);

    public string Format(string? format, object? arg, IFormatProvider? formatProvider)
    {
        var text = _innerFormatter?.Format(format, arg, _inner)
            ?? (arg is IFormattable formattable ? formattable.ToString(format, _inner) : arg?.ToString());
        _chars = Bytes.Plus(_chars, text?.Length ?? 0);
        AllocationGate.Step(Bytes.OfChars(_chars));
        return text ?? string.Empty;
    }
}
