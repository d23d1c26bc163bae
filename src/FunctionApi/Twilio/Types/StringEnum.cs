namespace Twilio.Types;

/// <summary>
/// A closed-looking set of string values that stays open: each subtype lists the values Twilio documents
/// as static members, and converts implicitly from any string so a value newer than this library still works.
/// </summary>
public abstract class StringEnum : IEquatable<StringEnum>
{
    /// <summary>Creates a value with no text, as Twilio's library allows for serializers.</summary>
    protected StringEnum()
    {
        Value = string.Empty;
    }

    /// <summary>Creates a value with the given text.</summary>
    /// <param name="value">The text Twilio expects on the wire.</param>
    protected StringEnum(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The text Twilio expects on the wire.</summary>
    protected string Value { get; private set; }

    /// <summary>Replaces the value with the given text.</summary>
    /// <param name="value">The text Twilio expects on the wire.</param>
    public void FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>Returns the text Twilio expects on the wire.</summary>
    public override string ToString() => Value;

    /// <summary>Two values are equal when they are of the same kind and have the same text.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(StringEnum? other) =>
        other is not null && other.GetType() == GetType() && string.Equals(other.Value, Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StringEnum);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(GetType(), Value);

    /// <summary>Compares two values by kind and text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(StringEnum? left, StringEnum? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values by kind and text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(StringEnum? left, StringEnum? right) => !(left == right);
}
