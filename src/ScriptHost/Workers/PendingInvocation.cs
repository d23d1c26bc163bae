using ScriptHost.Invocation.HostApis;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Workers;

/// <summary>An invocation a worker is running: where its answer goes, and the host APIs its calls are served with.</summary>
/// <remarks>
/// The answer's continuation (rendering the HTTP response) runs on the channel's reading thread, which completes it:
/// handing it to the pool cost a thread wake per invocation. That is safe because the channel never lets its reading
/// thread block on a write.
/// </remarks>
internal sealed class PendingInvocation(HostApiSet apis)
{
    private readonly TaskCompletionSource<InvocationFinished> _finished = new();

    public HostApiSet Apis { get; } = apis;

    public Task<InvocationFinished> Finished => _finished.Task;

    public void Finish(InvocationFinished message) => _finished.TrySetResult(message);

    public void Lose(WorkerLostException lost) => _finished.TrySetException(lost);
}
