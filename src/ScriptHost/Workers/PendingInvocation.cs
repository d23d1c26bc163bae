using ScriptHost.Invocation.HostApis;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Workers;

/// <summary>An invocation a worker is running: where its answer goes, and the host APIs its calls are served with.</summary>
internal sealed class PendingInvocation(HostApiSet apis)
{
    private readonly TaskCompletionSource<InvocationFinished> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HostApiSet Apis { get; } = apis;

    public Task<InvocationFinished> Finished => _finished.Task;

    public void Finish(InvocationFinished message) => _finished.TrySetResult(message);

    public void Lose(WorkerLostException lost) => _finished.TrySetException(lost);
}
