using System.Collections;

namespace Twilio.Base;

/// <summary>
/// The records a read returned, in Twilio's order, across as many pages as it took to reach the limit (or the end).
/// Unlike Twilio's own library, the pages are read before the set is handed back, so enumerating it never blocks on I/O.
/// </summary>
/// <typeparam name="T">The resource type.</typeparam>
public sealed class ResourceSet<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> _records;

    internal ResourceSet(IReadOnlyList<T> records, int pages, bool hasMore)
    {
        _records = records;
        Pages = pages;
        HasMore = hasMore;
    }

    /// <summary>How many records were read.</summary>
    public int Count => _records.Count;

    /// <summary>How many pages were requested.</summary>
    public int Pages { get; }

    /// <summary>True when Twilio had more records than the limit allowed to read.</summary>
    public bool HasMore { get; }

    /// <summary>The record at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based position.</param>
    public T this[int index] => _records[index];

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => _records.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
