namespace Twilio.Types;

/// <summary>A phone number as Twilio writes it, usually E.164 (<c>+14155550100</c>); kept as the text given.</summary>
public class PhoneNumber : IEquatable<PhoneNumber>
{
    private readonly string _number;

    /// <summary>Creates a phone number from its text.</summary>
    /// <param name="number">The number, for example <c>+14155550100</c>.</param>
    public PhoneNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        _number = number;
    }

    /// <summary>Converts text to a phone number, so a string can be passed wherever Twilio's API takes one.</summary>
    /// <param name="number">The number, for example <c>+14155550100</c>.</param>
    public static implicit operator PhoneNumber(string number) => new(number);

    /// <summary>Converts text to a phone number.</summary>
    /// <param name="number">The number, for example <c>+14155550100</c>.</param>
    public static PhoneNumber FromString(string number) => new(number);

    /// <summary>Returns the number as given.</summary>
    public override string ToString() => _number;

    /// <summary>Two numbers are equal when their text is equal.</summary>
    /// <param name="other">The number to compare with.</param>
    public bool Equals(PhoneNumber? other) => other is not null && string.Equals(other._number, _number, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PhoneNumber);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_number);
}
