using System.Text.Json.Nodes;
using ScriptHost.Functions;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Execution.Wire;

/// <summary>An invocation's inputs (event, request, limits) and its error to and from their wire forms.</summary>
public static class InvocationWire
{
    /// <summary>The wire form of <paramref name="functionEvent"/>.</summary>
    public static EventData ToData(FunctionEvent functionEvent)
    {
        ArgumentNullException.ThrowIfNull(functionEvent);
        var values = new Dictionary<string, string[]>(functionEvent.Count, StringComparer.Ordinal);
        foreach (var key in functionEvent.Keys)
        {
            values[key] = [.. functionEvent.GetAll(key)];
        }

        return new EventData(values, functionEvent.Json?.ToJsonString());
    }

    /// <summary>The event <paramref name="data"/> describes.</summary>
    public static FunctionEvent FromData(EventData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var values = new Dictionary<string, IReadOnlyList<string>>(data.Values.Count, StringComparer.Ordinal);
        foreach (var (key, list) in data.Values)
        {
            if (list.Length > 0)
            {
                values[key] = list;
            }
        }

        return new FunctionEvent(values, data.Json is null ? null : JsonNode.Parse(data.Json));
    }

    /// <summary>The wire form of <paramref name="request"/>.</summary>
    public static RequestData ToData(FunctionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new RequestData(request.Method, request.Path, new(request.Headers, StringComparer.Ordinal), new(request.Cookies, StringComparer.Ordinal), request.Body);
    }

    /// <summary>The request <paramref name="data"/> describes.</summary>
    public static FunctionRequest FromData(RequestData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new FunctionRequest(data.Method, data.Path, data.Headers, data.Cookies, data.Body);
    }

    /// <summary>The wire form of <paramref name="limits"/>.</summary>
    public static LimitsData ToData(InvocationLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new LimitsData(limits.WallTime.Ticks, limits.MemoryBytes, limits.MaxStackDepth, limits.MaxStackBytes, limits.MaxOutputBytes);
    }

    /// <summary>The limits <paramref name="data"/> describes.</summary>
    public static InvocationLimits FromData(LimitsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new InvocationLimits
        {
            WallTime = TimeSpan.FromTicks(data.WallTimeTicks),
            MemoryBytes = data.MemoryBytes,
            MaxStackDepth = data.MaxStackDepth,
            MaxStackBytes = data.MaxStackBytes,
            MaxOutputBytes = data.MaxOutputBytes,
        };
    }

    /// <summary>The wire form of <paramref name="error"/>.</summary>
    public static ErrorData? ToData(ScriptError? error) =>
        error is null ? null : new ErrorData(error.Type, error.Message, error.Line, error.Column, error.File);

    /// <summary>The error <paramref name="data"/> describes.</summary>
    public static ScriptError? FromData(ErrorData? data) =>
        data is null ? null : new ScriptError(data.Type, data.Message, data.Line, data.Column, data.File);

    /// <summary>The wire form of a sandbox status.</summary>
    public static InvocationOutcome ToData(InvocationStatus status) => status switch
    {
        InvocationStatus.Completed => InvocationOutcome.Completed,
        InvocationStatus.Faulted => InvocationOutcome.Faulted,
        InvocationStatus.TimeLimitExceeded => InvocationOutcome.TimeLimitExceeded,
        InvocationStatus.MemoryLimitExceeded => InvocationOutcome.MemoryLimitExceeded,
        InvocationStatus.StackLimitExceeded => InvocationOutcome.StackLimitExceeded,
        InvocationStatus.OutputLimitExceeded => InvocationOutcome.OutputLimitExceeded,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No wire form for this status."),
    };

    /// <summary>The sandbox status <paramref name="outcome"/> stands for.</summary>
    /// <exception cref="InvalidDataException">The outcome is not a status (a worker's own case, or an unknown value).</exception>
    public static InvocationStatus FromData(InvocationOutcome outcome) => outcome switch
    {
        InvocationOutcome.Completed => InvocationStatus.Completed,
        InvocationOutcome.Faulted => InvocationStatus.Faulted,
        InvocationOutcome.TimeLimitExceeded => InvocationStatus.TimeLimitExceeded,
        InvocationOutcome.MemoryLimitExceeded => InvocationStatus.MemoryLimitExceeded,
        InvocationOutcome.StackLimitExceeded => InvocationStatus.StackLimitExceeded,
        InvocationOutcome.OutputLimitExceeded => InvocationStatus.OutputLimitExceeded,
        _ => throw new InvalidDataException($"A worker reported outcome {(int)outcome}, which is not an invocation status."),
    };
}
