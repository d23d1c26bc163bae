namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// Cancels a compile when the process's managed heap has grown more than a budget since the compile started, sampled
/// every <see cref="SampleInterval"/>. The compiler runs on one thread, but no thread can read another's allocation
/// count, and the compiler reports none; the heap's growth is the measure left. It counts concurrent work too, so it
/// errs towards refusing a compile while memory is scarce, which is when refusing is right.
/// </summary>
internal sealed class CompileMemoryWatch : IDisposable
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(50);

    private readonly CancellationTokenSource _compile;
    private readonly long _budget;
    private readonly long _start;
    private readonly Timer _timer;
    private volatile bool _exceeded;

    public CompileMemoryWatch(CancellationTokenSource compile, long budgetBytes)
    {
        _compile = compile;
        _budget = budgetBytes;
        _start = GC.GetTotalMemory(forceFullCollection: false);
        _timer = new Timer(static state => ((CompileMemoryWatch)state!).Sample(), this, SampleInterval, SampleInterval);
    }

    /// <summary>True once the compile was cancelled for growing the heap past its budget.</summary>
    public bool Exceeded => _exceeded;

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        if (_exceeded || GC.GetTotalMemory(forceFullCollection: false) - _start <= _budget)
        {
            return;
        }

        _exceeded = true;
        try
        {
            _compile.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The compile ended between the sample and the cancel.
        }
    }
}
