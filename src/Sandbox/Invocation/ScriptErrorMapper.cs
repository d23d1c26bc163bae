using System.Diagnostics;
using System.Reflection;
using ScriptHost.Sandbox.Guards;

namespace ScriptHost.Sandbox.Invocation;

/// <summary>Turns what a script threw into a <see cref="ScriptError"/> and a status, then lets the exception go.</summary>
internal static class ScriptErrorMapper
{
    public static (InvocationStatus Status, ScriptError Error) Map(Exception exception, Assembly scriptAssembly, InvocationBudget budget)
    {
        exception = Unwrap(exception);
        var (line, column) = FindScriptLine(exception, scriptAssembly);

        // A tripped budget decides the outcome even if the script caught the guard's exception and threw another.
        if (budget.Tripped is { } tripped)
        {
            return (StatusFor(tripped), new ScriptError(LimitTypeName(tripped), LimitMessages.For(tripped, budget.Limits), line, column));
        }

        switch (exception)
        {
            case ScriptLimitExceededException limit:
                return (StatusFor(limit.Limit), new ScriptError(LimitTypeName(limit.Limit), limit.Message, line, column));
            case InsufficientExecutionStackException:
                return (InvocationStatus.StackLimitExceeded, new ScriptError(LimitTypeName(LimitKind.Stack), LimitMessages.For(LimitKind.Stack, budget.Limits), line, column));
            case OutOfMemoryException:
                return (InvocationStatus.MemoryLimitExceeded, new ScriptError(LimitTypeName(LimitKind.Memory), LimitMessages.For(LimitKind.Memory, budget.Limits), line, column));
            default:
                return (InvocationStatus.Faulted, new ScriptError(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, line, column));
        }
    }

    public static InvocationStatus StatusFor(LimitKind limit) => limit switch
    {
        LimitKind.Time => InvocationStatus.TimeLimitExceeded,
        LimitKind.Memory => InvocationStatus.MemoryLimitExceeded,
        LimitKind.Stack => InvocationStatus.StackLimitExceeded,
        LimitKind.Output => InvocationStatus.OutputLimitExceeded,
        _ => InvocationStatus.Faulted,
    };

    public static string LimitTypeName(LimitKind limit) => limit switch
    {
        LimitKind.Time => "TimeLimitExceeded",
        LimitKind.Memory => "MemoryLimitExceeded",
        LimitKind.Stack => "StackLimitExceeded",
        LimitKind.Output => "OutputLimitExceeded",
        _ => "LimitExceeded",
    };

    private static Exception Unwrap(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions.Count: 1 } or TargetInvocationException && exception.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }

    private static (int? Line, int? Column) FindScriptLine(Exception exception, Assembly scriptAssembly)
    {
        // The first frame that belongs to the script's own assembly is the line the author wants to see.
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetMethod()?.Module.Assembly == scriptAssembly && frame.GetFileLineNumber() > 0)
            {
                return (frame.GetFileLineNumber(), frame.GetFileColumnNumber() > 0 ? frame.GetFileColumnNumber() : null);
            }
        }

        return (null, null);
    }
}
