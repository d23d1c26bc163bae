using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using ScriptHost.Execution;
using ScriptHost.Execution.Rendering;
using ScriptHost.Execution.Wire;
using ScriptHost.Functions;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Worker.HostApis;
using ScriptHost.Worker.Protocol.Framing;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker;

/// <summary>
/// A worker's life: announce itself, then run every <see cref="InvokeFunction"/> the host sends (several at once,
/// all of the one service the host bound it to) and forward their host API calls, until the host says stop or
/// closes the channel. Limits are enforced here by the same guards and watchdog as in-process; what they cannot stop,
/// the host stops by ending this process.
/// </summary>
internal sealed class WorkerSession
{
    /// <summary>
    /// How long after a limit answered the script's thread may take to unwind before it counts as stuck (and the host
    /// ends this process). A tripped guard unwinds in microseconds; this bounds how late a stuck thread's answer comes.
    /// </summary>
    internal static readonly TimeSpan StuckAfter = TimeSpan.FromMilliseconds(100);

    private readonly FrameChannel _channel;
    private readonly HostApiClient _host;
    private readonly LoadedFunctions _loads = new();
    private readonly FunctionExecution _execution = new(new FunctionInvoker());
    private readonly ConcurrentDictionary<long, CancellationTokenSource> _running = new();

    private readonly TaskCompletionSource<int> _exitCode = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerSession(Stream input, Stream output)
    {
        _channel = new FrameChannel(input, output, OnMessage, OnClosed);
        _host = new HostApiClient(_channel);
    }

    /// <summary>Serves the host over <paramref name="input"/>/<paramref name="output"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output)
    {
        var session = new WorkerSession(input, output);
        using (session._channel)
        {
            session._channel.Start();
            session._channel.Send(new WorkerReady(Environment.ProcessId, RuntimeInformation.FrameworkDescription));
            return await session._exitCode.Task.ConfigureAwait(false);
        }
    }

    /// <summary>Each message from the host, on the channel's reading thread.</summary>
    private void OnMessage(WorkerMessage message)
    {
        switch (message)
        {
            case InvokeFunction invoke:
                // Runs here until the script is handed to its own thread: no extra hop on the way in.
                _ = InvokeAsync(invoke);
                break;
            case HostApiReply reply:
                _host.Complete(reply);
                break;
            case CancelInvocation cancel when _running.TryGetValue(cancel.InvocationId, out var running):
                // Off this thread: cancelling runs the script's continuations inline, and this thread must keep reading.
                ThreadPool.UnsafeQueueUserWorkItem(CancelQuietly, running, preferLocal: false);
                break;
            case CancelInvocation:
                break;
            case UnloadFunction unload:
                _loads.Unload(unload.Owner);
                break;
            case StopWorker:
                _ = DrainThenExitAsync();
                break;
            default:
                Console.Error.WriteLine($"worker: unexpected {message.GetType().Name} from the host");
                _exitCode.TrySetResult(2);
                break;
        }
    }

    /// <summary>Cancels <paramref name="running"/> unless its invocation ended (and disposed it) in the meantime.</summary>
    private static void CancelQuietly(CancellationTokenSource running)
    {
        try
        {
            running.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The invocation finished before the cancel got here: nothing to stop.
        }
    }

    /// <summary>The host closed the channel (it is gone or replacing this worker), or sent what does not decode.</summary>
    private void OnClosed(Exception? failure)
    {
        _host.FailAll();
        if (failure is not null)
        {
            Console.Error.WriteLine("worker: " + failure.Message);
        }

        _exitCode.TrySetResult(failure is null ? 0 : 2);
    }

    private async Task DrainThenExitAsync()
    {
        while (!_running.IsEmpty)
        {
            await Task.Delay(10).ConfigureAwait(false);
        }

        _exitCode.TrySetResult(0);
    }

    private async Task InvokeAsync(InvokeFunction invoke)
    {
        var started = Stopwatch.GetTimestamp();
        using var cancellation = new CancellationTokenSource();
        _running[invoke.InvocationId] = cancellation;
        try
        {
            var loaded = _loads.GetOrLoad(invoke.Owner, invoke.BuildKey, invoke.Image);
            if (loaded is null)
            {
                _channel.Send(new InvocationFinished(invoke.InvocationId, InvocationOutcome.ImageMissing, null, null, 0, false, false));
                return;
            }

            var functionEvent = InvocationWire.FromData(invoke.Event);
            var request = InvocationWire.FromData(invoke.Request);
            var limits = InvocationWire.FromData(invoke.Limits);
            var result = await _execution.RunAsync(loaded, token => Globals(invoke, functionEvent, request, token), limits, cancellation.Token).ConfigureAwait(false);
            if (result.UnfinishedRun is { } unfinished)
            {
                await Task.WhenAny(unfinished, Task.Delay(StuckAfter)).ConfigureAwait(false);
            }

            if (result.DiscardLoadedScript || invoke.OneShot)
            {
                _loads.Discard(invoke.Owner, loaded);
            }

            _channel.Send(new InvocationFinished(
                invoke.InvocationId,
                InvocationWire.ToData(result.Status),
                result is { Succeeded: true, Value: RenderedResponse rendered } ? ResponseWire.ToData(rendered) : null,
                InvocationWire.ToData(result.Error),
                result.Duration.Ticks,
                result.DiscardLoadedScript,
                result.UnfinishedRun is { IsCompleted: false }));
        }
#pragma warning disable CA1031 // Whatever went wrong outside the script (a bad image, a bad message) is this invocation's answer, not the worker's end.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _channel.Send(new InvocationFinished(
                invoke.InvocationId,
                InvocationOutcome.Faulted,
                null,
                new ErrorData("WorkerError", "The worker could not run the function: " + e.Message, null, null),
                Stopwatch.GetElapsedTime(started).Ticks,
                false,
                false));
        }
        finally
        {
            _running.TryRemove(invoke.InvocationId, out _);
        }
    }

    private FunctionGlobals Globals(InvokeFunction invoke, FunctionEvent functionEvent, FunctionRequest request, CancellationToken token)
    {
        var id = invoke.InvocationId;
        var http = new RemoteOutboundHttp(_host, id, token);
        return new FunctionGlobals(
            functionEvent,
            request,
            new FunctionContext(invoke.Environment, invoke.Function.Service, invoke.Function.Path, invoke.Function.DomainName, http, token),
            new RemoteLog(_channel, id, invoke.MaxLogLines),
            new RemoteKeyValueStore(_host, id, token),
            http,
            new RemoteAssetReader(_host, id, token),
            new RemoteFunctionCaller(_host, id, token),
            token);
    }
}
