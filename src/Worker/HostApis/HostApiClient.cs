using System.Collections.Concurrent;
using ScriptHost.Execution.Wire;
using ScriptHost.Worker.Protocol.Framing;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker.HostApis;

/// <summary>
/// Sends host API calls over the channel and matches each reply to its call. A call stops waiting when its
/// invocation's token fires (time limit, another limit, or the caller gone); a reply arriving after that is dropped.
/// </summary>
internal sealed class HostApiClient(FrameChannel channel)
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource<ApiResult>> _pending = new();
    private long _nextCallId;

    /// <summary>Calls the host for <paramref name="invocationId"/> and returns its answer, or throws the exception it reported.</summary>
    public async Task<TResult> CallAsync<TResult>(long invocationId, ApiRequest request, CancellationToken cancellation)
        where TResult : ApiResult
    {
        cancellation.ThrowIfCancellationRequested();
        var callId = Interlocked.Increment(ref _nextCallId);
        var reply = new TaskCompletionSource<ApiResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[callId] = reply;
        try
        {
            if (!channel.Send(new HostApiCall(callId, invocationId, request)))
            {
                throw new InvalidOperationException("The worker's channel to the host is closed.");
            }

            var result = await reply.Task.WaitAsync(cancellation).ConfigureAwait(false);
            return result switch
            {
                TResult value => value,
                ApiFailure failure => throw ApiFailureWire.ToException(failure),
                _ => throw new InvalidOperationException($"The host answered a {request.GetType().Name} call with {result.GetType().Name}."),
            };
        }
        finally
        {
            _pending.TryRemove(callId, out _);
        }
    }

    /// <summary>Hands <paramref name="reply"/> to the call waiting for it, if it still waits.</summary>
    public void Complete(HostApiReply reply)
    {
        if (_pending.TryRemove(reply.CallId, out var waiting))
        {
            waiting.TrySetResult(reply.Result);
        }
    }

    /// <summary>Fails every waiting call: the host is gone.</summary>
    public void FailAll()
    {
        foreach (var callId in _pending.Keys)
        {
            if (_pending.TryRemove(callId, out var waiting))
            {
                waiting.TrySetException(new InvalidOperationException("The host closed the worker's channel."));
            }
        }
    }
}
