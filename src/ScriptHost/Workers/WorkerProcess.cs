using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using ScriptHost.Invocation.HostApis;
using ScriptHost.Storage.Logs;
using ScriptHost.Worker.Protocol.Framing;
using ScriptHost.Worker.Protocol.Messages;
using ScriptHost.Workers.Confinement;

namespace ScriptHost.Workers;

/// <summary>
/// One worker process seen from the host: its channel, the invocations it runs, the loads it holds, and how it ended.
/// Everything it sends is untrusted — it runs hostile code — so a message about an invocation it is not running, or
/// one that does not decode, ends it as a protocol violation.
/// </summary>
internal sealed class WorkerProcess
{
    private const int StderrTailChars = 4096;

    private readonly Process _process;
    private readonly ConfinedLaunch _launch;
    private readonly FrameChannel _channel;
    private readonly ConcurrentDictionary<long, PendingInvocation> _pending = new();
    private readonly ConcurrentDictionary<string, string> _loads = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<WorkerReady> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<WorkerExitReason> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringBuilder _stderrTail = new();
    private WorkerExitReason? _killedFor;
    private int _ended;

    private WorkerProcess(int id, Process process, ConfinedLaunch launch)
    {
        Id = id;
        _process = process;
        _launch = launch;
        _channel = new FrameChannel(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, Dispatch, OnChannelClosed);
    }

    public int Id { get; }

    public int ProcessId => _process.Id;

    /// <summary>The service this worker serves, once bound; it never serves another.</summary>
    public string? Service { get; set; }

    /// <summary>Invocations running now (maintained by the pool under its lock).</summary>
    public int InFlight { get; set; }

    /// <summary>Invocations started in it so far (maintained by the pool under its lock).</summary>
    public long Served { get; set; }

    /// <summary>No new invocations: it finishes what it runs, then stops.</summary>
    public bool Retiring { get; set; }

    /// <summary>When it last finished an invocation (for choosing whom to evict).</summary>
    public long LastUsedTimestamp { get; set; } = Stopwatch.GetTimestamp();

    /// <summary>Completes with the reason once the process has ended and every pending invocation was answered.</summary>
    public Task<WorkerExitReason> Exited => _exited.Task;

    /// <summary>
    /// Starts a worker and waits until it says it is ready. Not cancellable: a start its requester gave up on still
    /// yields a worker the pool can use.
    /// </summary>
    /// <exception cref="WorkerStartFailedException">The process did not start, or was not ready within <paramref name="timeout"/>.</exception>
    public static async Task<WorkerProcess> StartAsync(int id, ConfinedLaunch launch, TimeSpan timeout)
    {
        Process process;
        try
        {
            process = await WorkerSpawner.StartAsync(launch.StartInfo);
        }
        catch (InvalidOperationException e)
        {
            launch.Dispose();
            throw new WorkerStartFailedException(e.Message, e);
        }

        var worker = new WorkerProcess(id, process, launch);
        worker.Begin();
        try
        {
            await worker._ready.Task.WaitAsync(timeout);
            return worker;
        }
        catch (Exception e) when (e is TimeoutException or WorkerLostException)
        {
            worker.Kill(WorkerExitReason.StartFailed);
            throw new WorkerStartFailedException($"The worker did not start: {e.Message} {worker.StderrTail}".TrimEnd(), e);
        }
    }

    /// <summary>True when the worker holds <paramref name="owner"/>'s load of <paramref name="buildKey"/> (as far as the host knows).</summary>
    public bool Holds(string owner, string buildKey) => _loads.TryGetValue(owner, out var held) && held == buildKey;

    /// <summary>Sends <paramref name="invoke"/> and returns its answer; throws <see cref="WorkerLostException"/> if the worker ends first.</summary>
    public Task<InvocationFinished> InvokeAsync(InvokeFunction invoke, HostApiSet apis)
    {
        var pending = new PendingInvocation(apis);
        _pending[invoke.InvocationId] = pending;
        if (invoke.Image is not null && !invoke.OneShot)
        {
            _loads[invoke.Owner] = invoke.BuildKey;
        }

        if (Volatile.Read(ref _ended) == 1 || !_channel.Send(invoke))
        {
            _pending.TryRemove(invoke.InvocationId, out _);
            pending.Lose(new WorkerLostException(_killedFor ?? WorkerExitReason.Crashed, "the worker had already ended"));
        }

        return pending.Finished;
    }

    /// <summary>Asks the worker to stop <paramref name="invocationId"/> (its caller went away).</summary>
    public void Cancel(long invocationId) => _channel.Send(new CancelInvocation(invocationId));

    /// <summary>Tells the worker to drop <paramref name="owner"/>'s load.</summary>
    public void Unload(string owner)
    {
        if (_loads.TryRemove(owner, out _))
        {
            _channel.Send(new UnloadFunction(owner));
        }
    }

    /// <summary>Forgets that the worker holds <paramref name="owner"/>'s load (it discarded it, or said it lacks it).</summary>
    public void Forget(string owner) => _loads.TryRemove(owner, out _);

    /// <summary>Asks the worker to finish and exit; it is killed if it has not after <paramref name="grace"/>.</summary>
    public void Stop(TimeSpan grace)
    {
        _channel.Send(new StopWorker());
        _ = Task.Delay(grace).ContinueWith(_ => Kill(WorkerExitReason.Recycled), TaskScheduler.Default);
    }

    /// <summary>Sets this worker's share of a contended CPU (see <see cref="CpuWeight"/>) and its CPU cap in cores.</summary>
    public void SetCpu(double weight, double cores) => _launch.SetCpu(weight, cores);

    /// <summary>Records why this worker is being ended, before it ends (it may exit on its own first).</summary>
    public void EndingFor(WorkerExitReason reason) => _killedFor ??= reason;

    /// <summary>Ends the process now; pending invocations are answered with <paramref name="reason"/>.</summary>
    public void Kill(WorkerExitReason reason)
    {
        if (Volatile.Read(ref _ended) == 1)
        {
            return;
        }

        _killedFor ??= reason;
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        _launch.KillAll();
    }

    private string StderrTail
    {
        get
        {
            lock (_stderrTail)
            {
                return _stderrTail.ToString();
            }
        }
    }

    private void Begin()
    {
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_stderrTail)
            {
                _stderrTail.AppendLine(e.Data);
                if (_stderrTail.Length > StderrTailChars)
                {
                    _stderrTail.Remove(0, _stderrTail.Length - StderrTailChars);
                }
            }
        };
        _process.BeginErrorReadLine();
        _channel.Start();
    }

    /// <summary>Reading ended: the worker closed its end (it exited), or sent what does not decode.</summary>
    private void OnChannelClosed(Exception? failure)
    {
        if (failure is not null)
        {
            Kill(WorkerExitReason.ProtocolViolation);
        }

        _ = EndAsync();
    }

    /// <summary>Each message from the worker, on the channel's reading thread (whatever it sends is written off it).</summary>
    private void Dispatch(WorkerMessage message)
    {
        if (!Accept(message))
        {
            Kill(WorkerExitReason.ProtocolViolation);
        }
    }

    private bool Accept(WorkerMessage message)
    {
        switch (message)
        {
            case WorkerReady ready:
                return _ready.TrySetResult(ready);
            case InvocationFinished finished when _pending.TryRemove(finished.InvocationId, out var pending):
                pending.Finish(finished);
                return true;
            case HostApiCall call when _pending.TryGetValue(call.InvocationId, out var pending):
                // Served off this thread: a call may take as long as its egress request, and this thread must keep reading.
                _ = Task.Run(() => ServeAsync(call, pending));
                return true;
            case FunctionLogLine line when _pending.TryGetValue(line.InvocationId, out var pending):
                pending.Apis.Log.Write(Enum.IsDefined((FunctionLogLevel)line.Level) ? (FunctionLogLevel)line.Level : FunctionLogLevel.Info, line.Message);
                return true;
            case InvocationFinished or HostApiCall or FunctionLogLine:
                // About an invocation that already ended (answered on time, or the host gave up on it): late, not hostile.
                return true;
            default:
                return false;
        }
    }

    private async Task ServeAsync(HostApiCall call, PendingInvocation pending)
    {
        var result = await HostApiServer.ServeAsync(call.Request, pending.Apis);
        _channel.Send(new HostApiReply(call.CallId, result));
    }

    private async Task EndAsync()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 1)
        {
            return;
        }

        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            Kill(_killedFor ?? WorkerExitReason.Crashed);
        }

        var reason = _killedFor ?? Classify();
        var detail = Describe(reason);
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var pending))
            {
                pending.Lose(new WorkerLostException(reason, detail));
            }
        }

        _ready.TrySetException(new WorkerLostException(reason, detail));
        _channel.Dispose();
        _launch.Dispose();
        _process.Dispose();
        _exited.TrySetResult(reason);
    }

    private WorkerExitReason Classify()
    {
        if (_launch.MemoryLimitHit())
        {
            return WorkerExitReason.MemoryLimit;
        }

        var tail = StderrTail;
        if (tail.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            return WorkerExitReason.StackOverflow;
        }

        // A SIGKILL the host did not send is the kernel's OOM killer only where no cgroup says otherwise.
        if (tail.Contains("OutOfMemoryException", StringComparison.Ordinal) || (_process.ExitCode == 137 && !_launch.HasCgroup))
        {
            return WorkerExitReason.MemoryLimit;
        }

        return _process.ExitCode == 0 ? WorkerExitReason.Recycled : WorkerExitReason.Crashed;
    }

    private string Describe(WorkerExitReason reason) => reason switch
    {
        WorkerExitReason.Crashed => $"exit code {_process.ExitCode}",
        _ => reason.ToString(),
    };
}
