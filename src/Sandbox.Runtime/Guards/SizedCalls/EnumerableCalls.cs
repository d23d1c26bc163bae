using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// LINQ's generators and its materialisers. The generators (<c>Range</c>, <c>Repeat</c>, <c>Sequence</c>,
/// <c>InfiniteSequence</c>) and <c>Concat</c> (which doubles a sequence without script code when given one twice)
/// return <see cref="GuardedSequence"/>s: a pipeline over them with no script lambda still steps the guard on every
/// element, so it stops at the time or memory limit and frees its thread. The materialisers (<c>ToList</c>,
/// <c>ToArray</c>, <c>ToHashSet</c>, <c>ToDictionary</c> of pairs) check <c>count × element size</c> first when
/// the count is known without enumerating, and otherwise consume a guarded sequence, so the growing buffer is charged
/// while it grows.
/// </summary>
/// <remarks>
/// Audited and left alone: operators that take a script lambda run a guard per element through it; the others
/// (<c>Where</c>-less <c>Distinct</c>, <c>Reverse</c>, <c>Order</c>, <c>Chunk</c>, <c>Zip</c>, ...) buffer at most
/// their source, whose elements come from a guarded generator, a lambda, or data the script already holds.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EnumerableCalls
{
    [Replaces(typeof(Enumerable), nameof(Enumerable.Range))]
    public static IEnumerable<int> Range(int start, int count) => GuardedSequence.Of(Enumerable.Range(start, count));

    [Replaces(typeof(Enumerable), nameof(Enumerable.Repeat))]
    public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count) => GuardedSequence.Of(Enumerable.Repeat(element, count));

    [Replaces(typeof(Enumerable), nameof(Enumerable.Sequence))]
    public static IEnumerable<T> Sequence<T>(T start, T endInclusive, T step)
        where T : INumber<T> =>
        GuardedSequence.Of(Enumerable.Sequence(start, endInclusive, step));

    [Replaces(typeof(Enumerable), nameof(Enumerable.InfiniteSequence))]
    public static IEnumerable<T> InfiniteSequence<T>(T start, T step)
        where T : IAdditionOperators<T, T, T> =>
        GuardedSequence.Of(Enumerable.InfiniteSequence(start, step));

    [Replaces(typeof(Enumerable), nameof(Enumerable.Concat))]
    public static IEnumerable<TSource> Concat<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second) =>
        GuardedSequence.Of(Enumerable.Concat(first, second));

    [Replaces(typeof(Enumerable), nameof(Enumerable.ToList))]
    public static List<TSource> ToList<TSource>(IEnumerable<TSource> source) =>
        Enumerable.ToList(Sized(source, Unsafe.SizeOf<TSource>()));

    [Replaces(typeof(Enumerable), nameof(Enumerable.ToArray))]
    public static TSource[] ToArray<TSource>(IEnumerable<TSource> source) =>
        Enumerable.ToArray(Sized(source, Unsafe.SizeOf<TSource>()));

    [Replaces(typeof(Enumerable), nameof(Enumerable.ToHashSet))]
    public static HashSet<TSource> ToHashSet<TSource>(IEnumerable<TSource> source) =>
        Enumerable.ToHashSet(Sized(source, 12 + Unsafe.SizeOf<TSource>()));

    [Replaces(typeof(Enumerable), nameof(Enumerable.ToHashSet))]
    public static HashSet<TSource> ToHashSet<TSource>(IEnumerable<TSource> source, IEqualityComparer<TSource>? comparer) =>
        Enumerable.ToHashSet(Sized(source, 12 + Unsafe.SizeOf<TSource>()), comparer);

    [Replaces(typeof(Enumerable), nameof(Enumerable.ToDictionary))]
    public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> source)
        where TKey : notnull =>
        Enumerable.ToDictionary(Sized(source, 12 + Unsafe.SizeOf<KeyValuePair<TKey, TValue>>()));

    [Replaces(typeof(Enumerable), nameof(Enumerable.ToDictionary))]
    public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> source, IEqualityComparer<TKey>? comparer)
        where TKey : notnull =>
        Enumerable.ToDictionary(Sized(source, 12 + Unsafe.SizeOf<KeyValuePair<TKey, TValue>>()), comparer);

    [Replaces(typeof(Enumerable), nameof(Enumerable.ToDictionary))]
    public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(IEnumerable<(TKey Key, TValue Value)> source)
        where TKey : notnull =>
        Enumerable.ToDictionary(Sized(source, 12 + Unsafe.SizeOf<(TKey, TValue)>()));

    [Replaces(typeof(Enumerable), nameof(Enumerable.ToDictionary))]
    public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(IEnumerable<(TKey Key, TValue Value)> source, IEqualityComparer<TKey>? comparer)
        where TKey : notnull =>
        Enumerable.ToDictionary(Sized(source, 12 + Unsafe.SizeOf<(TKey, TValue)>()), comparer);

    /// <summary>
    /// The source itself once <c>count × elementSize</c> is known to fit (the framework keeps its shortcuts), else a
    /// guarded view of it that charges the materialiser's buffer while it grows.
    /// </summary>
    private static IEnumerable<T> Sized<T>(IEnumerable<T> source, int elementSize)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.TryGetNonEnumeratedCount(out var count))
        {
            AllocationGate.EnsureFits(Bytes.Times(count, elementSize));
            return source;
        }

        return GuardedSequence.Of(source);
    }
}
