using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ScriptHost.Egress;

namespace ScriptHost.Tests.Egress.Support;

/// <summary>DNS for tests: names map to fixed addresses, or to a sequence of answers (to play a rebinding server).</summary>
internal sealed class FakeHostResolver : IHostResolver
{
    private readonly ConcurrentDictionary<string, Queue<IPAddress[]>> _answers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _lookups = new();

    /// <summary>The names looked up, in order.</summary>
    public IReadOnlyCollection<string> Lookups => _lookups;

    /// <summary>Makes <paramref name="host"/> resolve to <paramref name="addresses"/> every time.</summary>
    public FakeHostResolver Map(string host, params string[] addresses) => MapSequence(host, [addresses]);

    /// <summary>Makes successive lookups of <paramref name="host"/> answer each set in turn; the last answer repeats.</summary>
    public FakeHostResolver MapSequence(string host, params string[][] answers)
    {
        _answers[host] = new Queue<IPAddress[]>(answers.Select(a => a.Select(IPAddress.Parse).ToArray()));
        return this;
    }

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        _lookups.Enqueue(host);
        if (!_answers.TryGetValue(host, out var answers))
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        lock (answers)
        {
            return Task.FromResult(answers.Count > 1 ? answers.Dequeue() : answers.Peek());
        }
    }
}
