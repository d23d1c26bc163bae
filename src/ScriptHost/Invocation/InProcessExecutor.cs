using ScriptHost.Execution;
using ScriptHost.Functions;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Invocation;

/// <summary>
/// Runs functions in the host process, under the in-process guards only (<c>Isolation = InProcess</c>): the fastest
/// path, for trusted code. Deployed versions keep their load in the compiled-function cache; a snippet is loaded for
/// its one run.
/// </summary>
internal sealed class InProcessExecutor(CompiledFunctionCache cache, FunctionExecution execution) : IFunctionExecutor
{
    public async Task<InvocationResult> ExecuteAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var deployed = invocation.Deployed;
        var loaded = deployed is not null ? deployed.LoadFrom(cache) : ScriptLoader.Load(invocation.Compiled);
        try
        {
            var result = await execution.RunAsync(loaded, token => Globals(invocation, token), invocation.Limits, cancellationToken);
            if (result.DiscardLoadedScript && deployed is not null)
            {
                // A limit broke one of its static constructors, which stay failed in that load: the next request loads afresh.
                cache.Discard(deployed.LoadOwner, loaded);
            }

            return result;
        }
        finally
        {
            if (deployed is null)
            {
                loaded.Unload();
            }
        }
    }

    private static FunctionGlobals Globals(FunctionInvocation invocation, CancellationToken token)
    {
        var apis = invocation.CreateApis(token);
        return new FunctionGlobals(
            invocation.Event,
            invocation.Request,
            new FunctionContext(invocation.Environment.Variables, invocation.Service.Name, invocation.FunctionPath, invocation.DomainName, apis.Http, token),
            apis.Log,
            apis.Store,
            apis.Http,
            apis.Assets,
            apis.Functions,
            token);
    }
}
