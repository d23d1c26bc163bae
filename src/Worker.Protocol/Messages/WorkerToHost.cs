using MessagePack;

namespace ScriptHost.Worker.Protocol.Messages;

/// <summary>The worker's first message: it has started and can take invocations.</summary>
[MessagePackObject]
public sealed record WorkerReady(
    [property: Key(0)] int ProcessId,
    [property: Key(1)] string Runtime) : WorkerMessage;

/// <summary>How one invocation ended.</summary>
/// <param name="InvocationId">The <see cref="InvokeFunction.InvocationId"/>.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Response">The rendered answer when it completed.</param>
/// <param name="Error">The script's error or the limit it tripped, otherwise.</param>
/// <param name="DurationTicks">Wall time inside the worker.</param>
/// <param name="LoadDiscarded">The worker dropped the load (a limit broke a static constructor).</param>
/// <param name="StillRunning">
/// A limit answered and the script's thread had not stopped a short while later (it is inside a framework call no
/// guard reaches): only ending the process stops it.
/// </param>
[MessagePackObject]
public sealed record InvocationFinished(
    [property: Key(0)] long InvocationId,
    [property: Key(1)] InvocationOutcome Outcome,
    [property: Key(2)] ResponseData? Response,
    [property: Key(3)] ErrorData? Error,
    [property: Key(4)] long DurationTicks,
    [property: Key(5)] bool LoadDiscarded,
    [property: Key(6)] bool StillRunning) : WorkerMessage;

/// <summary>A line the function logged; one way, no answer.</summary>
[MessagePackObject]
public sealed record FunctionLogLine(
    [property: Key(0)] long InvocationId,
    [property: Key(1)] int Level,
    [property: Key(2)] string Message) : WorkerMessage;

/// <summary>A host API call made by the function running as <paramref name="InvocationId"/>; answered by a <see cref="HostApiReply"/>.</summary>
[MessagePackObject]
public sealed record HostApiCall(
    [property: Key(0)] long CallId,
    [property: Key(1)] long InvocationId,
    [property: Key(2)] ApiRequest Request) : WorkerMessage;

/// <summary>How an invocation ended, as the sandbox reports it (same members as its InvocationStatus), plus the worker's own cases.</summary>
public enum InvocationOutcome
{
    /// <summary>Returned normally.</summary>
    Completed = 0,

    /// <summary>Threw.</summary>
    Faulted = 1,

    /// <summary>Ran out of time.</summary>
    TimeLimitExceeded = 2,

    /// <summary>Allocated past its memory limit.</summary>
    MemoryLimitExceeded = 3,

    /// <summary>Recursed past its stack limit.</summary>
    StackLimitExceeded = 4,

    /// <summary>Produced more output than allowed.</summary>
    OutputLimitExceeded = 5,

    /// <summary>The worker does not hold the owner's load and no image came with the call: send it again with the image.</summary>
    ImageMissing = 100,
}

/// <summary>A rendered response.</summary>
[MessagePackObject]
public sealed record ResponseData(
    [property: Key(0)] int StatusCode,
    [property: Key(1)] string? ContentType,
    [property: Key(2)] string[] HeaderNames,
    [property: Key(3)] string[] HeaderValues,
    [property: Key(4)] CookieData[] Cookies,
    [property: Key(5)] byte[] Body);

/// <summary>A cookie the function set or removed.</summary>
[MessagePackObject]
public sealed record CookieData(
    [property: Key(0)] string Name,
    [property: Key(1)] string Value,
    [property: Key(2)] bool Remove,
    [property: Key(3)] long? MaxAgeTicks,
    [property: Key(4)] string? Path,
    [property: Key(5)] string? Domain,
    [property: Key(6)] bool Secure,
    [property: Key(7)] bool HttpOnly,
    [property: Key(8)] string? SameSite);

/// <summary>
/// An error reduced to data. <paramref name="File"/>: the shared code file (<c>lib/x.cs</c>) the line is in, null for
/// the function's own source; added after the others, so a message without it reads as null.
/// </summary>
[MessagePackObject]
public sealed record ErrorData(
    [property: Key(0)] string Type,
    [property: Key(1)] string Message,
    [property: Key(2)] int? Line,
    [property: Key(3)] int? Column,
    [property: Key(4)] string? File = null);
