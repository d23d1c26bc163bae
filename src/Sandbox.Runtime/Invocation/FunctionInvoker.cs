using System.Diagnostics;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Sandbox.Invocation;

/// <summary>
/// Runs a loaded script once under its limits and always answers: with the rendered result, the script's own error,
/// or the limit it ran into — on time even when the script is stuck where no guard can run.
/// </summary>
public sealed class FunctionInvoker
{
    /// <summary>Creates an invoker; the first one makes sure the thread pool has headroom for the watchdog.</summary>
    public FunctionInvoker()
    {
        ThreadPoolHeadroom.Ensure();
    }

    /// <summary>Runs <paramref name="script"/> against <paramref name="globals"/> under <paramref name="limits"/>.</summary>
    public Task<InvocationResult> InvokeAsync(
        LoadedScript script,
        object globals,
        InvocationLimits limits,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(globals);
        return InvokeAsync(script, _ => globals, limits, PassThroughRenderer.Instance, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="script"/> under <paramref name="limits"/> against globals made by
    /// <paramref name="createGlobals"/>, keeping the value it returns as is (see <see cref="PassThroughRenderer"/>).
    /// </summary>
    public Task<InvocationResult> InvokeAsync(
        LoadedScript script,
        Func<CancellationToken, object> createGlobals,
        InvocationLimits limits,
        CancellationToken cancellationToken = default) =>
        InvokeAsync(script, createGlobals, limits, PassThroughRenderer.Instance, cancellationToken);

    /// <summary>
    /// Runs <paramref name="script"/> under <paramref name="limits"/> against globals made by
    /// <paramref name="createGlobals"/>, which receives the invocation's token: cancelled when the time runs out or any
    /// limit trips, so host APIs built on it stop their pending I/O then. The value the script returns is rendered by
    /// <paramref name="renderer"/> inside the same budget and watchdog; <see cref="InvocationResult.Value"/> is what
    /// the renderer made of it.
    /// </summary>
    public async Task<InvocationResult> InvokeAsync(
        LoadedScript script,
        Func<CancellationToken, object> createGlobals,
        InvocationLimits limits,
        IResultRenderer renderer,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(createGlobals);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(renderer);

        var started = Stopwatch.GetTimestamp();
        using var budget = InvocationBudget.Begin(limits, cancellationToken);
        var globals = createGlobals(budget.Token);

        // The script starts on a pool thread so this method can stop waiting when the watchdog fires, even if the
        // script never reaches a guard (a long framework call). Rendering its result and reading its exception run on
        // that side too: both call the script's own code.
        var run = Task.Run(() => RunAndRenderAsync(script, globals, renderer, budget), CancellationToken.None);
        try
        {
            var outcome = await run.WaitAsync(budget.Token).ConfigureAwait(false);
            return outcome with { Duration = Stopwatch.GetElapsedTime(started) };
        }
        catch (OperationCanceledException) when (budget.Token.IsCancellationRequested)
        {
            if (run.IsCompletedSuccessfully)
            {
                // A limit tripped as the run finished (rendering stopped at the output limit, say): its own answer stands.
                return run.Result with { Duration = Stopwatch.GetElapsedTime(started) };
            }

            // The watchdog fired first and answers now; the script's thread stops at its next guard, or when its framework
            // call returns. Whoever can end a thread that does not (a worker's host) watches the run.
            var limit = budget.Tripped ?? LimitKind.Time;
            return Failed(limit, budget, started) with { UnfinishedRun = run.IsCompleted ? null : run };
        }
    }

    /// <summary>Runs the script, renders its value and maps what it threw; never throws itself.</summary>
    private static async Task<InvocationResult> RunAndRenderAsync(LoadedScript script, object globals, IResultRenderer renderer, InvocationBudget budget)
    {
        try
        {
            var value = await script.RunAsync(globals).ConfigureAwait(false);
            budget.ThrowIfTripped();
            var rendered = renderer.Render(value, budget);
            budget.ThrowIfTripped();
            return new InvocationResult(InvocationStatus.Completed, rendered, null, TimeSpan.Zero);
        }
        catch (Exception exception)
        {
            var (status, error) = ScriptErrorMapper.Map(exception, script.Assembly, budget);
            return new InvocationResult(status, null, error, TimeSpan.Zero) { DiscardLoadedScript = budget.BrokeStaticConstructor };
        }
    }

    private static InvocationResult Failed(LimitKind limit, InvocationBudget budget, long started) =>
        new(
            ScriptErrorMapper.StatusFor(limit),
            null,
            new ScriptError(ScriptErrorMapper.LimitTypeName(limit), LimitMessages.For(limit, budget.Limits), null, null),
            Stopwatch.GetElapsedTime(started))
        {
            DiscardLoadedScript = budget.BrokeStaticConstructor,
        };
}
