using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// <see cref="string"/> members whose result can be larger than the objects passed to them: a count or width
/// (<c>new string(c, n)</c>, <c>PadLeft</c>), the same value combined many times (<c>Concat</c>, <c>Join</c>,
/// <c>Insert</c>, <c>Replace</c> with a longer value, <c>Format</c> with repeated placeholders). Each checks the size
/// of its result against the memory budget before the framework allocates it, or while it builds it.
/// </summary>
/// <remarks>
/// Audited and left alone: the other members return at most one argument's length in new characters
/// (<c>Substring</c>, <c>Trim</c>, <c>ToUpper</c>, <c>Replace(char, char)</c>, <c>ReplaceLineEndings</c> at most
/// doubles a line ending per line ending, <c>Normalize</c>) or arrays of pieces of the string (<c>Split</c>,
/// <c>ToCharArray</c>); the <c>CompositeFormat</c> and <c>SpanAction</c> overloads cannot be reached (their types are
/// not allowed).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StringCalls
{
    [Replaces(typeof(string), ReplacesAttribute.Constructor)]
    public static string New(char c, int count)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(count));
        return new string(c, count);
    }

    [Replaces(typeof(string), nameof(string.PadLeft))]
    public static string PadLeft(string self, int totalWidth)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(totalWidth));
        return self.PadLeft(totalWidth);
    }

    [Replaces(typeof(string), nameof(string.PadLeft))]
    public static string PadLeft(string self, int totalWidth, char paddingChar)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(totalWidth));
        return self.PadLeft(totalWidth, paddingChar);
    }

    [Replaces(typeof(string), nameof(string.PadRight))]
    public static string PadRight(string self, int totalWidth)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(totalWidth));
        return self.PadRight(totalWidth);
    }

    [Replaces(typeof(string), nameof(string.PadRight))]
    public static string PadRight(string self, int totalWidth, char paddingChar)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(totalWidth));
        return self.PadRight(totalWidth, paddingChar);
    }

    [Replaces(typeof(string), nameof(string.Insert))]
    public static string Insert(string self, int startIndex, string value)
    {
        AllocationGate.EnsureFits(Bytes.OfChars((long)self.Length + (value?.Length ?? 0)));
        return self.Insert(startIndex, value!);
    }

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(string? str0, string? str1)
    {
        AllocationGate.EnsureFits(Bytes.OfChars((long)(str0?.Length ?? 0) + (str1?.Length ?? 0)));
        return string.Concat(str0, str1);
    }

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(string? str0, string? str1, string? str2)
    {
        AllocationGate.EnsureFits(Bytes.OfChars((long)(str0?.Length ?? 0) + (str1?.Length ?? 0) + (str2?.Length ?? 0)));
        return string.Concat(str0, str1, str2);
    }

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(string? str0, string? str1, string? str2, string? str3)
    {
        AllocationGate.EnsureFits(Bytes.OfChars((long)(str0?.Length ?? 0) + (str1?.Length ?? 0) + (str2?.Length ?? 0) + (str3?.Length ?? 0)));
        return string.Concat(str0, str1, str2, str3);
    }

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(params string?[] values)
    {
        if (values is not null)
        {
            AllocationGate.EnsureFits(Bytes.OfChars(TotalLength(values)));
        }

        return string.Concat(values!);
    }

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(params ReadOnlySpan<string?> values)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(TotalLength(values)));
        return string.Concat(values);
    }

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1)
    {
        AllocationGate.EnsureFits(Bytes.OfChars((long)str0.Length + str1.Length));
        return string.Concat(str0, str1);
    }

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2)
    {
        AllocationGate.EnsureFits(Bytes.OfChars((long)str0.Length + str1.Length + str2.Length));
        return string.Concat(str0, str1, str2);
    }

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2, ReadOnlySpan<char> str3)
    {
        AllocationGate.EnsureFits(Bytes.OfChars((long)str0.Length + str1.Length + str2.Length + str3.Length));
        return string.Concat(str0, str1, str2, str3);
    }

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(object? arg0, object? arg1) => Concat(arg0?.ToString(), arg1?.ToString());

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(object? arg0, object? arg1, object? arg2) => Concat(arg0?.ToString(), arg1?.ToString(), arg2?.ToString());

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Concat(AsStrings(args));
    }

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(params ReadOnlySpan<object?> args) => Concat(AsStrings(args));

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat(IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Concat(GuardedSequence.Strings(values, separatorLength: 0));
    }

    [Replaces(typeof(string), nameof(string.Concat))]
    public static string Concat<T>(IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Concat(GuardedSequence.Strings(GuardedSequence.AsStrings(values), separatorLength: 0));
    }

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join(string? separator, params string?[] value)
    {
        if (value is not null)
        {
            AllocationGate.EnsureFits(Bytes.OfChars(JoinedLength(separator?.Length ?? 0, value)));
        }

        return string.Join(separator, value!);
    }

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join(string? separator, params ReadOnlySpan<string?> value)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(JoinedLength(separator?.Length ?? 0, value)));
        return string.Join(separator, value);
    }

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join(string? separator, string?[] value, int startIndex, int count)
    {
        if (value is not null && startIndex >= 0 && count >= 0 && startIndex <= value.Length - count)
        {
            AllocationGate.EnsureFits(Bytes.OfChars(JoinedLength(separator?.Length ?? 0, value.AsSpan(startIndex, count))));
        }

        return string.Join(separator, value!, startIndex, count);
    }

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join(string? separator, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Join(separator, AsStrings(values));
    }

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join(string? separator, params ReadOnlySpan<object?> values) => Join(separator, AsStrings(values));

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join(string? separator, IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Join(separator, GuardedSequence.Strings(values, separator?.Length ?? 0));
    }

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join<T>(string? separator, IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Join(separator, GuardedSequence.Strings(GuardedSequence.AsStrings(values), separator?.Length ?? 0));
    }

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join(char separator, params string?[] value)
    {
        if (value is not null)
        {
            AllocationGate.EnsureFits(Bytes.OfChars(JoinedLength(1, value)));
        }

        return string.Join(separator, value!);
    }

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join(char separator, params ReadOnlySpan<string?> value)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(JoinedLength(1, value)));
        return string.Join(separator, value);
    }

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join(char separator, string?[] value, int startIndex, int count)
    {
        if (value is not null && startIndex >= 0 && count >= 0 && startIndex <= value.Length - count)
        {
            AllocationGate.EnsureFits(Bytes.OfChars(JoinedLength(1, value.AsSpan(startIndex, count))));
        }

        return string.Join(separator, value!, startIndex, count);
    }

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join(char separator, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Join(separator, AsStrings(values));
    }

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join(char separator, params ReadOnlySpan<object?> values) => Join(separator, AsStrings(values));

    [Replaces(typeof(string), nameof(string.Join))]
    public static string Join<T>(char separator, IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Join(separator, GuardedSequence.Strings(GuardedSequence.AsStrings(values), 1));
    }

    [Replaces(typeof(string), nameof(string.Replace))]
    public static string Replace(string self, string oldValue, string? newValue)
    {
        if (MayNotFit(self, oldValue, newValue, out var growth))
        {
            EnsureGrowthFits(self, growth, Occurrences(self, oldValue.Length, start => self.IndexOf(oldValue, start, StringComparison.Ordinal)));
        }

        return self.Replace(oldValue, newValue);
    }

    [Replaces(typeof(string), nameof(string.Replace))]
    public static string Replace(string self, string oldValue, string? newValue, StringComparison comparisonType)
    {
        if (MayNotFit(self, oldValue, newValue, out var growth))
        {
            // Outside ordinal comparison an occurrence may be shorter than oldValue: count every position that starts one.
            var step = comparisonType is StringComparison.Ordinal ? oldValue.Length : 1;
            EnsureGrowthFits(self, growth, Occurrences(self, step, start => self.IndexOf(oldValue, start, comparisonType)));
        }

        return self.Replace(oldValue, newValue, comparisonType);
    }

    [Replaces(typeof(string), nameof(string.Replace))]
    public static string Replace(string self, string oldValue, string? newValue, bool ignoreCase, CultureInfo? culture)
    {
        if (MayNotFit(self, oldValue, newValue, out var growth))
        {
            var compare = (culture ?? CultureInfo.CurrentCulture).CompareInfo;
            var options = ignoreCase ? CompareOptions.IgnoreCase : CompareOptions.None;
            EnsureGrowthFits(self, growth, Occurrences(self, 1, start => compare.IndexOf(self, oldValue, start, options)));
        }

        return self.Replace(oldValue, newValue, ignoreCase, culture);
    }

    [Replaces(typeof(string), nameof(string.Format))]
    public static string Format(string format, object? arg0) => string.Format(ChargingFormatter.For(null), format, arg0);

    [Replaces(typeof(string), nameof(string.Format))]
    public static string Format(string format, object? arg0, object? arg1) => string.Format(ChargingFormatter.For(null), format, arg0, arg1);

    [Replaces(typeof(string), nameof(string.Format))]
    public static string Format(string format, object? arg0, object? arg1, object? arg2) =>
        string.Format(ChargingFormatter.For(null), format, arg0, arg1, arg2);

    [Replaces(typeof(string), nameof(string.Format))]
    public static string Format(string format, params object?[] args) => string.Format(ChargingFormatter.For(null), format, args);

    [Replaces(typeof(string), nameof(string.Format))]
    public static string Format(string format, params ReadOnlySpan<object?> args) => string.Format(ChargingFormatter.For(null), format, args);

    [Replaces(typeof(string), nameof(string.Format))]
    public static string Format(IFormatProvider? provider, string format, object? arg0) =>
        string.Format(ChargingFormatter.For(provider), format, arg0);

    [Replaces(typeof(string), nameof(string.Format))]
    public static string Format(IFormatProvider? provider, string format, object? arg0, object? arg1) =>
        string.Format(ChargingFormatter.For(provider), format, arg0, arg1);

    [Replaces(typeof(string), nameof(string.Format))]
    public static string Format(IFormatProvider? provider, string format, object? arg0, object? arg1, object? arg2) =>
        string.Format(ChargingFormatter.For(provider), format, arg0, arg1, arg2);

    [Replaces(typeof(string), nameof(string.Format))]
    public static string Format(IFormatProvider? provider, string format, params object?[] args) =>
        string.Format(ChargingFormatter.For(provider), format, args);

    [Replaces(typeof(string), nameof(string.Format))]
    public static string Format(IFormatProvider? provider, string format, params ReadOnlySpan<object?> args) =>
        string.Format(ChargingFormatter.For(provider), format, args);

    /// <summary>
    /// A replacement with a longer value grows the string by the difference per occurrence. The worst case (every
    /// position an occurrence) is cheap to bound; only when that may not fit are the occurrences counted.
    /// </summary>
    private static bool MayNotFit(string self, [NotNullWhen(true)] string? oldValue, string? newValue, out long growth)
    {
        growth = (long)(newValue?.Length ?? 0) - (oldValue?.Length ?? 0);
        return self is not null && !string.IsNullOrEmpty(oldValue) && growth > 0
            && !AllocationGate.WouldFit(Bytes.OfChars(Bytes.Plus(self.Length, Bytes.Times(self.Length / oldValue.Length, growth))));
    }

    private static long Occurrences(string self, int step, Func<int, int> indexOf)
    {
        long occurrences = 0;
        for (var at = indexOf(0); at >= 0; at = at + step < self.Length ? indexOf(at + step) : -1)
        {
            occurrences++;
        }

        return occurrences;
    }

    private static void EnsureGrowthFits(string self, long growth, long occurrences) =>
        AllocationGate.EnsureFits(Bytes.OfChars(Bytes.Plus(self.Length, Bytes.Times(occurrences, growth))));

    internal static long TotalLength(ReadOnlySpan<string?> values)
    {
        long total = 0;
        foreach (var value in values)
        {
            total += value?.Length ?? 0;
        }

        return total;
    }

    internal static long JoinedLength(int separatorLength, ReadOnlySpan<string?> values) =>
        TotalLength(values) + ((long)separatorLength * Math.Max(0, values.Length - 1));

    internal static string?[] AsStrings(ReadOnlySpan<object?> values)
    {
        var strings = new string?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            strings[i] = values[i]?.ToString();
        }

        return strings;
    }
}
