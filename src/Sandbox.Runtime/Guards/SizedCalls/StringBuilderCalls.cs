using System.ComponentModel;
using System.Text;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// <see cref="StringBuilder"/> members that can grow a builder by more than the objects passed to them: capacities and
/// lengths, repeat counts, a builder appended to itself, joins, formats with repeated placeholders, replacements with a
/// longer value. Each checks the growth against the memory budget before the builder allocates it.
/// </summary>
/// <remarks>
/// Audited and left alone: appending or inserting a single value (a number, a char, a char array, a span) grows the
/// builder by at most that value's length, charged at the script's next guard.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StringBuilderCalls
{
    [Replaces(typeof(StringBuilder), ReplacesAttribute.Constructor)]
    public static StringBuilder New(int capacity)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(capacity));
        return new StringBuilder(capacity);
    }

    [Replaces(typeof(StringBuilder), ReplacesAttribute.Constructor)]
    public static StringBuilder New(int capacity, int maxCapacity)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(capacity));
        return new StringBuilder(capacity, maxCapacity);
    }

    [Replaces(typeof(StringBuilder), ReplacesAttribute.Constructor)]
    public static StringBuilder New(string? value, int capacity)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Max(capacity, value?.Length ?? 0)));
        return new StringBuilder(value, capacity);
    }

    [Replaces(typeof(StringBuilder), ReplacesAttribute.Constructor)]
    public static StringBuilder New(string? value, int startIndex, int length, int capacity)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Max(capacity, length)));
        return new StringBuilder(value, startIndex, length, capacity);
    }

    [Replaces(typeof(StringBuilder), "set_Capacity")]
    public static void SetCapacity(StringBuilder self, int value)
    {
        AllocationGate.EnsureFits(Bytes.OfChars((long)value - self.Length));
        self.Capacity = value;
    }

    [Replaces(typeof(StringBuilder), "set_Length")]
    public static void SetLength(StringBuilder self, int value)
    {
        AllocationGate.EnsureFits(Bytes.OfChars((long)value - self.Length));
        self.Length = value;
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.EnsureCapacity))]
    public static int EnsureCapacity(StringBuilder self, int capacity)
    {
        AllocationGate.EnsureFits(Bytes.OfChars((long)capacity - self.Length));
        return self.EnsureCapacity(capacity);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.Append))]
    public static StringBuilder Append(StringBuilder self, char value, int repeatCount)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(repeatCount));
        return self.Append(value, repeatCount);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.Append))]
    public static StringBuilder Append(StringBuilder self, string? value)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(value?.Length ?? 0));
        return self.Append(value);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.Append))]
    public static StringBuilder Append(StringBuilder self, StringBuilder? value)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(value?.Length ?? 0));
        return self.Append(value);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.Insert))]
    public static StringBuilder Insert(StringBuilder self, int index, string? value)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(value?.Length ?? 0));
        return self.Insert(index, value);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.Insert))]
    public static StringBuilder Insert(StringBuilder self, int index, string? value, int count)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Bytes.Times(value?.Length ?? 0, count)));
        return self.Insert(index, value, count);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.Replace))]
    public static StringBuilder Replace(StringBuilder self, string oldValue, string? newValue)
    {
        EnsureReplacementFits(self.Length, oldValue?.Length ?? 0, newValue?.Length ?? 0);
        return self.Replace(oldValue!, newValue);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.Replace))]
    public static StringBuilder Replace(StringBuilder self, string oldValue, string? newValue, int startIndex, int count)
    {
        EnsureReplacementFits(count, oldValue?.Length ?? 0, newValue?.Length ?? 0);
        return self.Replace(oldValue!, newValue, startIndex, count);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.Replace))]
    public static StringBuilder Replace(StringBuilder self, ReadOnlySpan<char> oldValue, ReadOnlySpan<char> newValue)
    {
        EnsureReplacementFits(self.Length, oldValue.Length, newValue.Length);
        return self.Replace(oldValue, newValue);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.Replace))]
    public static StringBuilder Replace(StringBuilder self, ReadOnlySpan<char> oldValue, ReadOnlySpan<char> newValue, int startIndex, int count)
    {
        EnsureReplacementFits(count, oldValue.Length, newValue.Length);
        return self.Replace(oldValue, newValue, startIndex, count);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendJoin))]
    public static StringBuilder AppendJoin(StringBuilder self, string? separator, params string?[] values)
    {
        if (values is not null)
        {
            AllocationGate.EnsureFits(Bytes.OfChars(StringCalls.JoinedLength(separator?.Length ?? 0, values)));
        }

        return self.AppendJoin(separator, values!);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendJoin))]
    public static StringBuilder AppendJoin(StringBuilder self, string? separator, params ReadOnlySpan<string?> values)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(StringCalls.JoinedLength(separator?.Length ?? 0, values)));
        return self.AppendJoin(separator, values);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendJoin))]
    public static StringBuilder AppendJoin(StringBuilder self, string? separator, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return AppendJoin(self, separator, StringCalls.AsStrings(values));
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendJoin))]
    public static StringBuilder AppendJoin(StringBuilder self, string? separator, params ReadOnlySpan<object?> values) =>
        AppendJoin(self, separator, StringCalls.AsStrings(values));

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendJoin))]
    public static StringBuilder AppendJoin<T>(StringBuilder self, string? separator, IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return self.AppendJoin(separator, GuardedSequence.Strings(GuardedSequence.AsStrings(values), separator?.Length ?? 0));
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendJoin))]
    public static StringBuilder AppendJoin(StringBuilder self, char separator, params string?[] values)
    {
        if (values is not null)
        {
            AllocationGate.EnsureFits(Bytes.OfChars(StringCalls.JoinedLength(1, values)));
        }

        return self.AppendJoin(separator, values!);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendJoin))]
    public static StringBuilder AppendJoin(StringBuilder self, char separator, params ReadOnlySpan<string?> values)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(StringCalls.JoinedLength(1, values)));
        return self.AppendJoin(separator, values);
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendJoin))]
    public static StringBuilder AppendJoin(StringBuilder self, char separator, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return AppendJoin(self, separator, StringCalls.AsStrings(values));
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendJoin))]
    public static StringBuilder AppendJoin(StringBuilder self, char separator, params ReadOnlySpan<object?> values) =>
        AppendJoin(self, separator, StringCalls.AsStrings(values));

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendJoin))]
    public static StringBuilder AppendJoin<T>(StringBuilder self, char separator, IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return self.AppendJoin(separator, GuardedSequence.Strings(GuardedSequence.AsStrings(values), 1));
    }

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendFormat))]
    public static StringBuilder AppendFormat(StringBuilder self, string format, object? arg0) =>
        self.AppendFormat(ChargingFormatter.For(null), format, arg0);

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendFormat))]
    public static StringBuilder AppendFormat(StringBuilder self, string format, object? arg0, object? arg1) =>
        self.AppendFormat(ChargingFormatter.For(null), format, arg0, arg1);

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendFormat))]
    public static StringBuilder AppendFormat(StringBuilder self, string format, object? arg0, object? arg1, object? arg2) =>
        self.AppendFormat(ChargingFormatter.For(null), format, arg0, arg1, arg2);

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendFormat))]
    public static StringBuilder AppendFormat(StringBuilder self, string format, params object?[] args) =>
        self.AppendFormat(ChargingFormatter.For(null), format, args);

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendFormat))]
    public static StringBuilder AppendFormat(StringBuilder self, string format, params ReadOnlySpan<object?> args) =>
        self.AppendFormat(ChargingFormatter.For(null), format, args);

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendFormat))]
    public static StringBuilder AppendFormat(StringBuilder self, IFormatProvider? provider, string format, object? arg0) =>
        self.AppendFormat(ChargingFormatter.For(provider), format, arg0);

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendFormat))]
    public static StringBuilder AppendFormat(StringBuilder self, IFormatProvider? provider, string format, object? arg0, object? arg1) =>
        self.AppendFormat(ChargingFormatter.For(provider), format, arg0, arg1);

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendFormat))]
    public static StringBuilder AppendFormat(StringBuilder self, IFormatProvider? provider, string format, object? arg0, object? arg1, object? arg2) =>
        self.AppendFormat(ChargingFormatter.For(provider), format, arg0, arg1, arg2);

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendFormat))]
    public static StringBuilder AppendFormat(StringBuilder self, IFormatProvider? provider, string format, params object?[] args) =>
        self.AppendFormat(ChargingFormatter.For(provider), format, args);

    [Replaces(typeof(StringBuilder), nameof(StringBuilder.AppendFormat))]
    public static StringBuilder AppendFormat(StringBuilder self, IFormatProvider? provider, string format, params ReadOnlySpan<object?> args) =>
        self.AppendFormat(ChargingFormatter.For(provider), format, args);

    /// <summary>A builder cannot be searched cheaply, so a longer replacement is bounded by its worst case: every position an occurrence.</summary>
    private static void EnsureReplacementFits(int length, int oldLength, int newLength)
    {
        var growth = (long)newLength - oldLength;
        if (oldLength > 0 && growth > 0 && length > 0)
        {
            AllocationGate.EnsureFits(Bytes.OfChars(Bytes.Times(length / oldLength, growth)));
        }
    }
}
