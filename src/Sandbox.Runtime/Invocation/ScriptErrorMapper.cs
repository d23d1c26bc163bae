using System.Diagnostics;
using System.Reflection;
using ScriptHost.Sandbox.Compilation.SharedCode;
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
        var at = FindScriptLine(exception, scriptAssembly);
        if (TripOutcome(budget, at) is { } tripped)
        {
            return tripped;
        }

        switch (exception)
        {
            case ScriptLimitExceededException limit:
                return (StatusFor(limit.Limit), at.ErrorOf(LimitTypeName(limit.Limit), limit.Message));
            case InsufficientExecutionStackException:
                return (InvocationStatus.StackLimitExceeded, at.ErrorOf(LimitTypeName(LimitKind.Stack), LimitMessages.For(LimitKind.Stack, budget.Limits)));
            case OutOfMemoryException:
                return (InvocationStatus.MemoryLimitExceeded, at.ErrorOf(LimitTypeName(LimitKind.Memory), LimitMessages.For(LimitKind.Memory, budget.Limits)));
        }

        var type = exception.GetType().FullName ?? exception.GetType().Name;
        var message = MessageOf(exception) ?? type + " " + UnreadableMessage;

        // Reading the message ran the script's code, which may itself have run into a limit.
        return TripOutcome(budget, at) ?? (InvocationStatus.Faulted, at.ErrorOf(type, message));
    }

    private static (InvocationStatus Status, ScriptError Error)? TripOutcome(InvocationBudget budget, ScriptLine at)
    {
        // A tripped budget decides the outcome even if the script caught the guard's exception and threw another.
        if (budget.Tripped is { } tripped)
        {
            return (StatusFor(tripped), at.ErrorOf(LimitTypeName(tripped), LimitMessages.For(tripped, budget.Limits)));
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

    private static ScriptLine FindScriptLine(Exception exception, Assembly scriptAssembly)
    {
        try
        {
            // The first frame that belongs to the script's own assembly is the line the author wants to see. The trace
            // is read from what the runtime captured, not through the exception's (virtual) StackTrace property. Its
            // file is the PDB document: empty for the function's own source, the path for a shared code file. Any other
            // name is one the author gave with a #line directive, kept out of the answer (it could be the whole source).
            foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
            {
                if (frame.GetMethod()?.Module.Assembly == scriptAssembly && frame.GetFileLineNumber() > 0)
                {
                    var file = frame.GetFileName();
                    return new ScriptLine(
                        frame.GetFileLineNumber(),
                        frame.GetFileColumnNumber() > 0 ? frame.GetFileColumnNumber() : null,
                        SharedCodeRules.PathError(file) is null ? file : null);
                }
            }
        }
        catch (Exception)
        {
            // A trace that cannot be read costs the error its line, never its answer.
        }

        return default;
    }

    /// <summary>Where in the script an exception was thrown, as far as its trace tells.</summary>
    private readonly record struct ScriptLine(int? Line, int? Column, string? File)
    {
        public ScriptError ErrorOf(string type, string message) => new(type, message, Line, Column, File);
    }
}
