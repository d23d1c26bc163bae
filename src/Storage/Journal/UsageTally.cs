using ScriptHost.Storage.Usage;

namespace ScriptHost.Storage.Journal;

/// <summary>
/// Invocations counted since the last journal batch, summed per (service, environment, function, month). Counting in
/// place costs one dictionary update per invocation instead of a queued item, and a counter is never
/// dropped when the journal's queue is full: usage is what a service is billed by.
/// </summary>
internal sealed class UsageTally
{
    private readonly Lock _gate = new();
    private Dictionary<(string Service, string Environment, string FunctionPath, string Month), long> _counts = [];

    /// <summary>Adds one invocation; returns true when the tally was empty before, so the caller can wake the writer once.</summary>
    public bool Add(string service, string environment, string functionPath, string month)
    {
        lock (_gate)
        {
            var wasEmpty = _counts.Count == 0;
            var key = (service, environment, functionPath, month);
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
            return wasEmpty;
        }
    }

    /// <summary>Everything counted so far, one increment per counter, leaving the tally empty.</summary>
    public List<UsageIncrement> Take()
    {
        Dictionary<(string Service, string Environment, string FunctionPath, string Month), long> taken;
        lock (_gate)
        {
            if (_counts.Count == 0)
            {
                return [];
            }

            taken = _counts;
            _counts = [];
        }

        return [.. taken.Select(pair => new UsageIncrement(pair.Key.Service, pair.Key.FunctionPath, pair.Key.Month, pair.Value, pair.Key.Environment))];
    }
}
