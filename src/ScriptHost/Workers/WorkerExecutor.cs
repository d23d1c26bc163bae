using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Execution.Wire;
using ScriptHost.Invocation;
using ScriptHost.Invocation.HostApis;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Workers;

/// <summary>
/// Runs functions in worker processes (<c>Isolation = Process</c>). The worker's own guards and watchdog answer
/// limits as in-process; the host adds what only it can: past the time limit plus a grace it kills the worker; a
/// worker whose script thread would not stop after a limit is killed; a crash or an out-of-memory end answers with
/// the limit it stands for; and a function that keeps ending workers is suspended.
/// </summary>
internal sealed class WorkerExecutor(
    WorkerPool pool,
    FunctionSuspensions suspensions,
    IOptions<WorkerPoolOptions> poolOptions,
    IOptions<ScriptHostOptions> hostOptions) : IFunctionExecutor
{
    /// <summary>How long a worker with a stuck script thread keeps running for the service's other invocations in it.</summary>
    private static readonly TimeSpan StuckWorkerGrace = TimeSpan.FromMilliseconds(250);

    private long _nextInvocationId;

    public async Task<InvocationResult> ExecuteAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        if (suspensions.IsSuspended(invocation.FunctionKey, out var remaining))
        {
            throw new FunctionSuspendedException(invocation.FunctionKey, remaining, poolOptions.Value.CrashesBeforeSuspension);
        }

        var worker = await pool.AcquireAsync(invocation.Service.Name, cancellationToken);
        using var apiCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var end = InvocationEnd.LostToOther; // until it is known: a worker left by an exception is not trusted again
        try
        {
            var apis = invocation.CreateApis(apiCancellation.Token);
            var oneShot = invocation.Deployed is null;
            var message = Message(invocation, oneShot, withImage: oneShot || !worker.Holds(invocation.Owner, invocation.Compiled.Key));
            var (finished, result, lostEnd) = await RunAsync(worker, message, invocation, apis, cancellationToken);
            if (finished?.Outcome == InvocationOutcome.ImageMissing)
            {
                // The worker no longer holds the load the host thought it did: once more, with the image.
                worker.Forget(invocation.Owner);
                (finished, result, lostEnd) = await RunAsync(worker, message with { Image = invocation.Compiled.AssemblyImage }, invocation, apis, cancellationToken);
            }

            if (finished is null)
            {
                end = lostEnd;
                return result!;
            }

            if (finished.LoadDiscarded)
            {
                worker.Forget(invocation.Owner);
            }

            if (invocation.Deployed is { IsRetired: true })
            {
                // A request that captured a build before a deployment switched it away may have loaded the function
                // into the worker after the retirement's unload went out: drop that load too, or it stays to the recycle.
                worker.Unload(invocation.Owner);
            }

            var status = InvocationWire.FromData(finished.Outcome);
            if (finished.StillRunning)
            {
                // Its thread is inside a call no guard reaches; only ending the process stops it. The service's other
                // invocations in that worker, if any, get a moment to finish; the stuck thread burns at most that long.
                pool.KillStuck(worker, WorkerExitReason.TimeLimit, StuckWorkerGrace);
                suspensions.RecordWorkerEnded(invocation.FunctionKey);
            }

            end = status is InvocationStatus.Completed or InvocationStatus.Faulted ? InvocationEnd.Clean : InvocationEnd.LimitTripped;
            return new InvocationResult(
                status,
                finished.Response is { } response ? ResponseWire.FromData(response) : null,
                InvocationWire.FromData(finished.Error),
                TimeSpan.FromTicks(finished.DurationTicks))
            {
                DiscardLoadedScript = finished.LoadDiscarded,
            };
        }
        finally
        {
            await apiCancellation.CancelAsync();
            pool.Release(worker, end);
        }
    }

    /// <summary>
    /// Sends one invocation; returns the worker's answer, or (when there was none) the result that stands for its loss
    /// and whether the loss was this invocation's doing.
    /// </summary>
    private async Task<(InvocationFinished? Finished, InvocationResult? Lost, InvocationEnd LostEnd)> RunAsync(
        WorkerProcess worker,
        InvokeFunction message,
        FunctionInvocation invocation,
        HostApiSet apis,
        CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var finished = worker.InvokeAsync(message, apis);
        await using var cancel = cancellationToken.Register(() => worker.Cancel(message.InvocationId));
        try
        {
            return (await finished.WaitAsync(invocation.Limits.WallTime + TimeSpan.FromMilliseconds(poolOptions.Value.KillGraceMs), CancellationToken.None), null, InvocationEnd.Clean);
        }
        catch (TimeoutException)
        {
            // Past the limit and the grace without an answer: the worker cannot stop it, so the worker ends.
            pool.Kill(worker, WorkerExitReason.TimeLimit);
            suspensions.RecordWorkerEnded(invocation.FunctionKey);
            return (null, Failed(InvocationStatus.TimeLimitExceeded, "TimeLimitExceeded", LimitMessages.For(LimitKind.Time, invocation.Limits), started), InvocationEnd.LimitTripped);
        }
        catch (WorkerLostException lost)
        {
            // Ended for another invocation's limit, for a recycle, or by the host stopping: not this invocation's doing.
            var ownDoing = lost.Reason is not WorkerExitReason.TimeLimit and not WorkerExitReason.HostStopping and not WorkerExitReason.Recycled;
            if (ownDoing)
            {
                suspensions.RecordWorkerEnded(invocation.FunctionKey);
            }

            return (null, Lost(lost, started), ownDoing ? InvocationEnd.LimitTripped : InvocationEnd.LostToOther);
        }
    }

    private InvocationResult Lost(WorkerLostException lost, long started) => lost.Reason switch
    {
        WorkerExitReason.MemoryLimit => Failed(
            InvocationStatus.MemoryLimitExceeded,
            "MemoryLimitExceeded",
            $"The function exceeded its worker's memory limit of {poolOptions.Value.MemoryMb} MB; the worker was ended and replaced.",
            started),
        WorkerExitReason.StackOverflow => Failed(
            InvocationStatus.StackLimitExceeded,
            "StackLimitExceeded",
            "The function overflowed the stack and crashed its worker; the worker was replaced.",
            started),
        WorkerExitReason.TimeLimit => Failed(
            InvocationStatus.Faulted,
            "WorkerStopped",
            "The worker running this invocation was ended because another invocation of the service ran past its time limit; retry.",
            started),
        WorkerExitReason.HostStopping => Failed(InvocationStatus.Faulted, "HostStopping", "The host is stopping.", started),
        _ => Failed(
            InvocationStatus.Faulted,
            "WorkerCrashed",
            $"The function crashed its worker ({lost.Detail}); the worker was replaced.",
            started),
    };

    private static InvocationResult Failed(InvocationStatus status, string type, string message, long started) =>
        new(status, null, new ScriptError(type, message, null, null), System.Diagnostics.Stopwatch.GetElapsedTime(started));

    private InvokeFunction Message(FunctionInvocation invocation, bool oneShot, bool withImage) => new(
        Interlocked.Increment(ref _nextInvocationId),
        invocation.Owner,
        invocation.Compiled.Key,
        withImage ? invocation.Compiled.AssemblyImage : null,
        oneShot,
        new FunctionIdentity(invocation.Service.Name, invocation.FunctionPath, invocation.DomainName),
        invocation.Environment.Variables, // frozen: serialized as it is, never copied per call
        InvocationWire.ToData(invocation.Event),
        InvocationWire.ToData(invocation.Request),
        InvocationWire.ToData(invocation.Limits),
        hostOptions.Value.MaxLogLinesPerInvocation);
}
