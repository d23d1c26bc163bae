using MessagePack;

namespace ScriptHost.Worker.Protocol.Messages;

/// <summary>What a host API call answered: a value of the call's own shape, or the exception it threw.</summary>
[Union(0, typeof(ApiFailure))]
[Union(1, typeof(TextValue))]
[Union(2, typeof(FlagValue))]
[Union(3, typeof(TextListValue))]
[Union(4, typeof(BytesValue))]
[Union(5, typeof(HttpValue))]
[Union(6, typeof(FunctionCallValue))]
public abstract record ApiResult;

/// <summary>
/// The call threw. The worker rethrows the same exception type a function would have seen in-process, so a script's
/// <c>catch (ArgumentException)</c> or <c>catch (EgressDeniedException)</c> behaves the same in both modes.
/// </summary>
[MessagePackObject]
public sealed record ApiFailure(
    [property: Key(0)] ApiFailureKind Kind,
    [property: Key(1)] string Message,
    [property: Key(2)] string? ParameterName,
    [property: Key(3)] string? Host,
    [property: Key(4)] string? Address,
    [property: Key(5)] string? Reason) : ApiResult;

/// <summary>The exception types host APIs throw at functions.</summary>
public enum ApiFailureKind
{
    /// <summary>Any other exception: rethrown as <see cref="InvalidOperationException"/>.</summary>
    InvalidOperation = 0,

    /// <summary><see cref="ArgumentException"/>.</summary>
    Argument = 1,

    /// <summary>The egress policy refused the request.</summary>
    EgressDenied = 2,

    /// <summary>The outbound request failed.</summary>
    OutboundHttp = 3,

    /// <summary>The invocation was cancelled.</summary>
    Cancelled = 4,

    /// <summary>The service's key-value quota is full.</summary>
    StoreQuotaExceeded = 5,
}

/// <summary>A string or null.</summary>
[MessagePackObject]
public sealed record TextValue([property: Key(0)] string? Value) : ApiResult;

/// <summary>A boolean (or a call with no value: true).</summary>
[MessagePackObject]
public sealed record FlagValue([property: Key(0)] bool Value) : ApiResult;

/// <summary>A list of strings.</summary>
[MessagePackObject]
public sealed record TextListValue([property: Key(0)] string[] Values) : ApiResult;

/// <summary>Bytes or null.</summary>
[MessagePackObject]
public sealed record BytesValue([property: Key(0)] byte[]? Value) : ApiResult;

/// <summary>An outbound HTTP response.</summary>
[MessagePackObject]
public sealed record HttpValue(
    [property: Key(0)] int StatusCode,
    [property: Key(1)] Dictionary<string, string> Headers,
    [property: Key(2)] string Body) : ApiResult;

/// <summary>What a called function answered.</summary>
[MessagePackObject]
public sealed record FunctionCallValue(
    [property: Key(0)] int StatusCode,
    [property: Key(1)] string ContentType,
    [property: Key(2)] string Body) : ApiResult;
