using ScriptHost.Execution.Rendering;
using ScriptHost.Functions;
using ScriptHost.Functions.Output;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Execution;

/// <summary>
/// Runs one loaded function under its limits and renders its answer inside the same budget. The host calls it for
/// in-process functions and the worker for everything else, so a function sees the same ambient JSON options and
/// output budget, and answers the same <see cref="RenderedResponse"/>, wherever it runs.
/// </summary>
public sealed class FunctionExecution(FunctionInvoker invoker)
{
    /// <summary>
    /// Runs <paramref name="loaded"/> against globals made by <paramref name="createGlobals"/> (which receives the
    /// invocation's token); a completed result's <see cref="InvocationResult.Value"/> is a <see cref="RenderedResponse"/>.
    /// </summary>
    public async Task<InvocationResult> RunAsync(
        LoadedScript loaded,
        Func<CancellationToken, FunctionGlobals> createGlobals,
        InvocationLimits limits,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(createGlobals);
        var jsonOptions = ScriptJsonOptions.For(loaded);
        Json.Use(jsonOptions);
        OutputBudget.Use(InvocationOutputBudget.Ambient);
        try
        {
            return await invoker.InvokeAsync(loaded, createGlobals, limits, new FunctionResultRenderer(jsonOptions), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            OutputBudget.Use(null);
            Json.Use(null);
        }
    }
}
