using System.Diagnostics;
using System.Text;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Sandbox.Invocation;

/// <summary>
/// Runs a loaded script once under its limits and always answers: with the result, the script's own error, or the
/// limit it ran into — on time even when the script is stuck where no guard can run.
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
        return InvokeAsync(script, _ => globals, limits, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="script"/> under <paramref name="limits"/> against globals made by
    /// <paramref name="createGlobals"/>, which receives the invocation's token: cancelled when the time runs out or any
    /// limit trips, so host APIs built on it stop their pending I/O then.
    /// </summary>
    public async Task<InvocationResult> InvokeAsync(
        LoadedScript script,
        Func<CancellationToken, object> createGlobals,
        InvocationLimits limits,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(createGlobals);
        ArgumentNullException.ThrowIfNull(limits);

        var started = Stopwatch.GetTimestamp();
        using var budget = InvocationBudget.Begin(limits, cancellationToken);
        var globals = createGlobals(budget.Token);

        // The script starts on a pool thread so this method can stop waiting when the watchdog fires, even if the
        // script never reaches a guard (a long framework call).
        var run = Task.Run(() => script.RunAsync(globals), CancellationToken.None);
        try
        {
            var value = await run.WaitAsync(budget.Token).ConfigureAwait(false);
            budget.ThrowIfTripped();
            if (!budget.TryChargeOutput(OutputSize(value)))
            {
                return Failed(LimitKind.Output, budget, started);
            }

            return new InvocationResult(InvocationStatus.Completed, value, null, Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (budget.Token.IsCancellationRequested && !run.IsCompleted)
        {
            // The watchdog fired first; the script's thread stops at its next guard. Observe its end so it is not
            // reported as an unobserved exception.
            _ = run.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            var limit = budget.Tripped ?? LimitKind.Time;
            return Failed(limit, budget, started);
        }
        catch (Exception exception)
        {
            var (status, error) = ScriptErrorMapper.Map(exception, script.Assembly, budget);
            return new InvocationResult(status, null, error, Stopwatch.GetElapsedTime(started)) { DiscardLoadedScript = budget.BrokeStaticConstructor };
        }
    }

    /// <summary>Bytes a result takes on the wire: UTF-8 for text, as-is for bytes; other results are serialised by the host.</summary>
    internal static long OutputSize(object? value) => value switch
    {
        string text => Encoding.UTF8.GetByteCount(text),
        byte[] bytes => bytes.LongLength,
        _ => 0,
    };

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
