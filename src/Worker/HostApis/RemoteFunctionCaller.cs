using ScriptHost.Functions;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker.HostApis;

/// <summary>
/// A function's <c>Functions</c> in a worker: the host runs the called function (on whichever worker serves its
/// service) under the same depth limit as in-process calls, and returns its answer.
/// </summary>
internal sealed class RemoteFunctionCaller(HostApiClient host, long invocationId, CancellationToken cancellation) : IFunctionCaller
{
    public async Task<FunctionCallResult> InvokeAsync(string path, IReadOnlyDictionary<string, string>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var call = new FunctionCall(path, parameters is null ? null : new Dictionary<string, string>(parameters, StringComparer.Ordinal));
        var answer = await host.CallAsync<FunctionCallValue>(invocationId, call, cancellation).ConfigureAwait(false);
        return new FunctionCallResult(answer.StatusCode, answer.ContentType, answer.Body);
    }
}
