using ScriptHost.Sandbox.Invocation;

namespace ScriptHost.Invocation;

/// <summary>
/// Runs a function where its isolation says: in the host process, or in a worker process. Either way the result's
/// <see cref="InvocationResult.Value"/> is the rendered response when it completed.
/// </summary>
internal interface IFunctionExecutor
{
    Task<InvocationResult> ExecuteAsync(FunctionInvocation invocation, CancellationToken cancellationToken);
}
