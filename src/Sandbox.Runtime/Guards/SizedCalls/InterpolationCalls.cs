using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// The interpolated-string handlers' <c>AppendFormatted</c> overloads that take an alignment: <c>$"{x,100000000}"</c>
/// pads one hole to a constant width the script chose, with no framework limit (composite formatting caps it at a
/// million; these do not). The width is checked against the memory budget before the handler grows to it.
/// </summary>
/// <remarks>
/// Audited and left alone: the overloads without an alignment append one value, and each hole is its own call in the
/// script's code, so their number is bounded by the source (a loop around them has a back-edge guard).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class InterpolationCalls
{
    [Replaces(typeof(DefaultInterpolatedStringHandler), nameof(DefaultInterpolatedStringHandler.AppendFormatted))]
    public static void AppendFormatted<T>(ref DefaultInterpolatedStringHandler self, T value, int alignment)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Abs((long)alignment)));
        self.AppendFormatted(value, alignment);
    }

    [Replaces(typeof(DefaultInterpolatedStringHandler), nameof(DefaultInterpolatedStringHandler.AppendFormatted))]
    public static void AppendFormatted<T>(ref DefaultInterpolatedStringHandler self, T value, int alignment, string? format)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Abs((long)alignment)));
        self.AppendFormatted(value, alignment, format);
    }

    [Replaces(typeof(DefaultInterpolatedStringHandler), nameof(DefaultInterpolatedStringHandler.AppendFormatted))]
    public static void AppendFormatted(ref DefaultInterpolatedStringHandler self, ReadOnlySpan<char> value, int alignment = 0, string? format = null)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Abs((long)alignment)));
        self.AppendFormatted(value, alignment, format);
    }

    [Replaces(typeof(DefaultInterpolatedStringHandler), nameof(DefaultInterpolatedStringHandler.AppendFormatted))]
    public static void AppendFormatted(ref DefaultInterpolatedStringHandler self, string? value, int alignment = 0, string? format = null)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Abs((long)alignment)));
        self.AppendFormatted(value, alignment, format);
    }

    [Replaces(typeof(DefaultInterpolatedStringHandler), nameof(DefaultInterpolatedStringHandler.AppendFormatted))]
    public static void AppendFormatted(ref DefaultInterpolatedStringHandler self, object? value, int alignment = 0, string? format = null)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Abs((long)alignment)));
        self.AppendFormatted(value, alignment, format);
    }

    [Replaces(typeof(StringBuilder.AppendInterpolatedStringHandler), nameof(StringBuilder.AppendInterpolatedStringHandler.AppendFormatted))]
    public static void AppendFormatted<T>(ref StringBuilder.AppendInterpolatedStringHandler self, T value, int alignment)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Abs((long)alignment)));
        self.AppendFormatted(value, alignment);
    }

    [Replaces(typeof(StringBuilder.AppendInterpolatedStringHandler), nameof(StringBuilder.AppendInterpolatedStringHandler.AppendFormatted))]
    public static void AppendFormatted<T>(ref StringBuilder.AppendInterpolatedStringHandler self, T value, int alignment, string? format)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Abs((long)alignment)));
        self.AppendFormatted(value, alignment, format);
    }

    [Replaces(typeof(StringBuilder.AppendInterpolatedStringHandler), nameof(StringBuilder.AppendInterpolatedStringHandler.AppendFormatted))]
    public static void AppendFormatted(ref StringBuilder.AppendInterpolatedStringHandler self, ReadOnlySpan<char> value, int alignment = 0, string? format = null)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Abs((long)alignment)));
        self.AppendFormatted(value, alignment, format);
    }

    [Replaces(typeof(StringBuilder.AppendInterpolatedStringHandler), nameof(StringBuilder.AppendInterpolatedStringHandler.AppendFormatted))]
    public static void AppendFormatted(ref StringBuilder.AppendInterpolatedStringHandler self, string? value, int alignment = 0, string? format = null)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Abs((long)alignment)));
        self.AppendFormatted(value, alignment, format);
    }

    [Replaces(typeof(StringBuilder.AppendInterpolatedStringHandler), nameof(StringBuilder.AppendInterpolatedStringHandler.AppendFormatted))]
    public static void AppendFormatted(ref StringBuilder.AppendInterpolatedStringHandler self, object? value, int alignment = 0, string? format = null)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(Math.Abs((long)alignment)));
        self.AppendFormatted(value, alignment, format);
    }
}
