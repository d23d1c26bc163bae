using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// Collection and array members whose allocation is a count the script passes: capacity constructors,
/// <c>EnsureCapacity</c>, <c>Capacity</c> setters, <c>TrimExcess(capacity)</c> of a queue or stack (which can grow it), <c>Array.Resize</c>, <c>Array.ConvertAll</c> (a new array of a
/// possibly larger element type), <c>Random.GetItems</c>/<c>GetString</c>/<c>GetHexString</c>. Each checks
/// <c>count × element size</c> against the memory budget before the framework allocates it.
/// </summary>
/// <remarks>
/// Audited and left alone: adding, inserting and copying (<c>AddRange</c>, <c>ToArray</c>, <c>GetRange</c>, the
/// constructors that copy a collection) allocate at most what they are given, charged at the script's next guard;
/// a dictionary's or set's <c>TrimExcess(capacity)</c> never grows it; <c>Take</c>/<c>Skip</c>/<c>Chunk</c> counts bound
/// what they return by their source;
/// a lazy source handed to them steps the guard for each element (see <see cref="EnumerableCalls"/>).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CollectionCalls
{
    private const int HashEntryOverhead = 12;

    [Replaces(typeof(List<>), ReplacesAttribute.Constructor)]
    public static List<T> NewList<T>(int capacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, Unsafe.SizeOf<T>()));
        return new List<T>(capacity);
    }

    [Replaces(typeof(List<>), "set_Capacity")]
    public static void SetCapacity<T>(List<T> self, int value)
    {
        AllocationGate.EnsureFits(Bytes.Times(value, Unsafe.SizeOf<T>()));
        self.Capacity = value;
    }

    [Replaces(typeof(List<>), nameof(List<>.EnsureCapacity))]
    public static int EnsureCapacity<T>(List<T> self, int capacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, Unsafe.SizeOf<T>()));
        return self.EnsureCapacity(capacity);
    }

    [Replaces(typeof(Dictionary<,>), ReplacesAttribute.Constructor)]
    public static Dictionary<TKey, TValue> NewDictionary<TKey, TValue>(int capacity)
        where TKey : notnull
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, DictionaryEntrySize<TKey, TValue>()));
        return new Dictionary<TKey, TValue>(capacity);
    }

    [Replaces(typeof(Dictionary<,>), ReplacesAttribute.Constructor)]
    public static Dictionary<TKey, TValue> NewDictionary<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer)
        where TKey : notnull
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, DictionaryEntrySize<TKey, TValue>()));
        return new Dictionary<TKey, TValue>(capacity, comparer);
    }

    [Replaces(typeof(Dictionary<,>), nameof(Dictionary<,>.EnsureCapacity))]
    public static int EnsureCapacity<TKey, TValue>(Dictionary<TKey, TValue> self, int capacity)
        where TKey : notnull
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, DictionaryEntrySize<TKey, TValue>()));
        return self.EnsureCapacity(capacity);
    }

    [Replaces(typeof(HashSet<>), ReplacesAttribute.Constructor)]
    public static HashSet<T> NewHashSet<T>(int capacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, HashEntryOverhead + Unsafe.SizeOf<T>()));
        return new HashSet<T>(capacity);
    }

    [Replaces(typeof(HashSet<>), ReplacesAttribute.Constructor)]
    public static HashSet<T> NewHashSet<T>(int capacity, IEqualityComparer<T>? comparer)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, HashEntryOverhead + Unsafe.SizeOf<T>()));
        return new HashSet<T>(capacity, comparer);
    }

    [Replaces(typeof(HashSet<>), nameof(HashSet<>.EnsureCapacity))]
    public static int EnsureCapacity<T>(HashSet<T> self, int capacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, HashEntryOverhead + Unsafe.SizeOf<T>()));
        return self.EnsureCapacity(capacity);
    }

    [Replaces(typeof(Queue<>), ReplacesAttribute.Constructor)]
    public static Queue<T> NewQueue<T>(int capacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, Unsafe.SizeOf<T>()));
        return new Queue<T>(capacity);
    }

    [Replaces(typeof(Queue<>), nameof(Queue<>.EnsureCapacity))]
    public static int EnsureCapacity<T>(Queue<T> self, int capacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, Unsafe.SizeOf<T>()));
        return self.EnsureCapacity(capacity);
    }

    [Replaces(typeof(Queue<>), nameof(Queue<>.TrimExcess))]
    public static void TrimExcess<T>(Queue<T> self, int capacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, Unsafe.SizeOf<T>()));
        self.TrimExcess(capacity);
    }

    [Replaces(typeof(Stack<>), nameof(Stack<>.TrimExcess))]
    public static void TrimExcess<T>(Stack<T> self, int capacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, Unsafe.SizeOf<T>()));
        self.TrimExcess(capacity);
    }

    [Replaces(typeof(Stack<>), ReplacesAttribute.Constructor)]
    public static Stack<T> NewStack<T>(int capacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, Unsafe.SizeOf<T>()));
        return new Stack<T>(capacity);
    }

    [Replaces(typeof(Stack<>), nameof(Stack<>.EnsureCapacity))]
    public static int EnsureCapacity<T>(Stack<T> self, int capacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, Unsafe.SizeOf<T>()));
        return self.EnsureCapacity(capacity);
    }

    [Replaces(typeof(PriorityQueue<,>), ReplacesAttribute.Constructor)]
    public static PriorityQueue<TElement, TPriority> NewPriorityQueue<TElement, TPriority>(int initialCapacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(initialCapacity, Unsafe.SizeOf<(TElement, TPriority)>()));
        return new PriorityQueue<TElement, TPriority>(initialCapacity);
    }

    [Replaces(typeof(PriorityQueue<,>), ReplacesAttribute.Constructor)]
    public static PriorityQueue<TElement, TPriority> NewPriorityQueue<TElement, TPriority>(int initialCapacity, IComparer<TPriority>? comparer)
    {
        AllocationGate.EnsureFits(Bytes.Times(initialCapacity, Unsafe.SizeOf<(TElement, TPriority)>()));
        return new PriorityQueue<TElement, TPriority>(initialCapacity, comparer);
    }

    [Replaces(typeof(PriorityQueue<,>), nameof(PriorityQueue<,>.EnsureCapacity))]
    public static int EnsureCapacity<TElement, TPriority>(PriorityQueue<TElement, TPriority> self, int capacity)
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, Unsafe.SizeOf<(TElement, TPriority)>()));
        return self.EnsureCapacity(capacity);
    }

    [Replaces(typeof(SortedList<,>), ReplacesAttribute.Constructor)]
    public static SortedList<TKey, TValue> NewSortedList<TKey, TValue>(int capacity)
        where TKey : notnull
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, Unsafe.SizeOf<TKey>() + Unsafe.SizeOf<TValue>()));
        return new SortedList<TKey, TValue>(capacity);
    }

    [Replaces(typeof(SortedList<,>), ReplacesAttribute.Constructor)]
    public static SortedList<TKey, TValue> NewSortedList<TKey, TValue>(int capacity, IComparer<TKey>? comparer)
        where TKey : notnull
    {
        AllocationGate.EnsureFits(Bytes.Times(capacity, Unsafe.SizeOf<TKey>() + Unsafe.SizeOf<TValue>()));
        return new SortedList<TKey, TValue>(capacity, comparer);
    }

    [Replaces(typeof(SortedList<,>), "set_Capacity")]
    public static void SetCapacity<TKey, TValue>(SortedList<TKey, TValue> self, int value)
        where TKey : notnull
    {
        AllocationGate.EnsureFits(Bytes.Times(value, Unsafe.SizeOf<TKey>() + Unsafe.SizeOf<TValue>()));
        self.Capacity = value;
    }

    [Replaces(typeof(Array), nameof(Array.Resize))]
    public static void Resize<T>(ref T[]? array, int newSize)
    {
        AllocationGate.EnsureFits(Bytes.Times(newSize, Unsafe.SizeOf<T>()));
        Array.Resize(ref array, newSize);
    }

    [Replaces(typeof(Array), nameof(Array.ConvertAll))]
    public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
    {
        AllocationGate.EnsureFits(Bytes.Times(array?.Length ?? 0, Unsafe.SizeOf<TOutput>()));
        return Array.ConvertAll(array!, converter);
    }

    [Replaces(typeof(Random), nameof(Random.GetItems))]
    public static T[] GetItems<T>(Random self, T[] choices, int length)
    {
        AllocationGate.EnsureFits(Bytes.Times(length, Unsafe.SizeOf<T>()));
        return self.GetItems(choices, length);
    }

    [Replaces(typeof(Random), nameof(Random.GetItems))]
    public static T[] GetItems<T>(Random self, ReadOnlySpan<T> choices, int length)
    {
        AllocationGate.EnsureFits(Bytes.Times(length, Unsafe.SizeOf<T>()));
        return self.GetItems(choices, length);
    }

    [Replaces(typeof(Random), nameof(Random.GetString))]
    public static string GetString(Random self, ReadOnlySpan<char> choices, int length)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(length));
        return self.GetString(choices, length);
    }

    [Replaces(typeof(Random), nameof(Random.GetHexString))]
    public static string GetHexString(Random self, int stringLength, bool lowercase)
    {
        AllocationGate.EnsureFits(Bytes.OfChars(stringLength));
        return self.GetHexString(stringLength, lowercase);
    }

    private static int DictionaryEntrySize<TKey, TValue>() => HashEntryOverhead + Unsafe.SizeOf<TKey>() + Unsafe.SizeOf<TValue>();
}
