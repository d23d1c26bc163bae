using ScriptHost.Functions.Output;
using ScriptHost.Sandbox.Guards;

namespace ScriptHost.Execution.Rendering;

/// <summary>The function API's view of an invocation's budget: what rendering may still write and allocate.</summary>
internal sealed class InvocationOutputBudget(InvocationBudget? budget) : IOutputBudget
{
    /// <summary>Follows whichever invocation runs on the calling context: what the runner hands the function API.</summary>
    public static InvocationOutputBudget Ambient { get; } = new(null);

    private InvocationBudget? Budget => budget ?? InvocationBudget.Current;

    public void EnsureOutputFits(long bytes) => Budget?.EnsureOutputFits(bytes);

    public void EnsureMemoryFits(long bytes) => Budget?.EnsureMemoryFits(bytes);
}
