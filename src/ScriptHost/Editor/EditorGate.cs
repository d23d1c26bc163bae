using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ScriptHost.Editor;

/// <summary>
/// How many editor requests each service has running: at most <see cref="EditorOptions.MaxConcurrentPerService"/>, so one
/// tenant typing fast (or a script hammering the routes) holds at most that many cores.
/// </summary>
internal sealed class EditorGate(IOptions<EditorOptions> options)
{
    private readonly ConcurrentDictionary<string, StrongBox> _running = new(StringComparer.Ordinal);

    /// <summary>A slot for <paramref name="service"/>, released when disposed; null when all its slots are taken.</summary>
    public IDisposable? TryEnter(string service)
    {
        var box = _running.GetOrAdd(service, _ => new StrongBox());
        if (Interlocked.Increment(ref box.Count) > options.Value.MaxConcurrentPerService)
        {
            Interlocked.Decrement(ref box.Count);
            return null;
        }

        return new Slot(box);
    }

    private sealed class StrongBox
    {
        public int Count;
    }

    private sealed class Slot(StrongBox box) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref box.Count);
            }
        }
    }
}
