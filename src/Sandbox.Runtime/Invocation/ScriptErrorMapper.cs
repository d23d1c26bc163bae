using System.Diagnostics;
using System.Reflection;
using ScriptHost.Sandbox.Guards;

namespace ScriptHost.Sandbox.Invocation;

/// <summary>
/// Turns what a script threw into a <see cref="ScriptError"/> and a status, then lets the exception go. Runs inside the
/// invocation's budget (a script's exception is the script's code: <c>Message</c> is virtual) and survives a hostile
/// exception: when reading the message throws, the error carries the type's name and a fixed text.
/// </summary>
public static class ScriptErrorMapper
{
    /// <summary>What an error says after the exception's type name when the exception's own message cannot be read.</summary>
    public const string UnreadableMessage = "(the exception's message could not be read)";

    /// <summary>Longest message kept; the rest of a longer one is cut (it goes into responses and stored records).</summary>
    public const int MaxMessageLength = 4096;

    public static (InvocationStatus Status, ScriptError Error) Map(Exception exception, Assembly scriptAssembly, InvocationBudget budget)
    {
        exception = Unwrap(exception);
        var (line, column) = FindScriptLine(exception, scriptAssembly);
        if (TripOutcome(budget, line, column) is { } tripped)
        {
            return tripped;
        }

        switch (exception)
        {
            case ScriptLimitExceededException limit:
                return (StatusFor(limit.Limit), new ScriptError(LimitTypeName(limit.Limit), limit.Message, line, column));
            case InsufficientExecutionStackException:
                return (InvocationStatus.StackLimitExceeded, new ScriptError(LimitTypeName(LimitKind.Stack), LimitMessages.For(LimitKind.Stack, budget.Limits), line, column));
            case OutOfMemoryException:
                return (InvocationStatus.MemoryLimitExceeded, new ScriptError(LimitTypeName(LimitKind.Memory), LimitMessages.For(LimitKind.Memory, budget.Limits), line, column));
        }

        var type = exception.GetType().FullName ?? exception.GetType().Name;
        var message = MessageOf(exception) ?? type + " " + UnreadableMessage;

        // Reading the message ran the script's code, which may itself have run into a limit.
        return TripOutcome(budget, line, column) ?? (InvocationStatus.Faulted, new ScriptError(type, message, line, column));
    }

    private static (InvocationStatus Status, ScriptError Error)? TripOutcome(InvocationBudget budget, int? line, int? column)
    {
        // A tripped budget decides the outcome even if the script caught the guard's exception and threw another.
        if (budget.Tripped is { } tripped)
        {
            return (StatusFor(tripped), new ScriptError(LimitTypeName(tripped), LimitMessages.For(tripped, budget.Limits), line, column));
        }

        return null;
    }

    /// <summary>The exception's message, cut to <see cref="MaxMessageLength"/>; null when reading it throws.</summary>
    private static string? MessageOf(Exception exception)
    {
        try
        {
            var message = exception.Message;
            return message is null || message.Length <= MaxMessageLength ? message : string.Concat(message.AsSpan(0, MaxMessageLength), "…");
        }
        catch (Exception)
        {
            // Whatever the getter threw (its own exception, or a limit its guards tripped) is the script's, not an answer.
            return null;
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
        try
        {
            // The first frame that belongs to the script's own assembly is the line the author wants to see. The trace
            // is read from what the runtime captured, not through the exception's (virtual) StackTrace property.
            foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
            {
                if (frame.GetMethod()?.Module.Assembly == scriptAssembly && frame.GetFileLineNumber() > 0)
                {
                    return (frame.GetFileLineNumber(), frame.GetFileColumnNumber() > 0 ? frame.GetFileColumnNumber() : null);
                }
            }
        }
        catch (Exception)
        {
            // A trace that cannot be read costs the error its line, never its answer.
        }

        return (null, null);
    }
}
