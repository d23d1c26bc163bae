using MessagePack;

namespace ScriptHost.Worker.Protocol.Messages;

/// <summary>
/// Run one function. <paramref name="Image"/> is the compiled assembly, sent only when the host does not know the
/// worker to hold <paramref name="Owner"/>'s load of <paramref name="BuildKey"/> already; a worker asked to run an
/// owner it does not hold answers <see cref="InvocationOutcome.ImageMissing"/>.
/// </summary>
[MessagePackObject]
public sealed record InvokeFunction(
    [property: Key(0)] long InvocationId,
    [property: Key(1)] string Owner,
    [property: Key(2)] string BuildKey,
    [property: Key(3)] byte[]? Image,
    [property: Key(4)] bool OneShot,
    [property: Key(5)] FunctionIdentity Function,
    [property: Key(6)] IReadOnlyDictionary<string, string> Environment,
    [property: Key(7)] EventData Event,
    [property: Key(8)] RequestData Request,
    [property: Key(9)] LimitsData Limits,
    [property: Key(10)] int MaxLogLines) : WorkerMessage;

/// <summary>Stop <paramref name="InvocationId"/> (its caller went away): the worker cancels its budget.</summary>
[MessagePackObject]
public sealed record CancelInvocation([property: Key(0)] long InvocationId) : WorkerMessage;

/// <summary>The answer to the worker's <see cref="HostApiCall"/> with the same <paramref name="CallId"/>.</summary>
[MessagePackObject]
public sealed record HostApiReply([property: Key(0)] long CallId, [property: Key(1)] ApiResult Result) : WorkerMessage;

/// <summary>Drop <paramref name="Owner"/>'s load (its function version is no longer live).</summary>
[MessagePackObject]
public sealed record UnloadFunction([property: Key(0)] string Owner) : WorkerMessage;

/// <summary>Finish what is running, then exit.</summary>
[MessagePackObject]
public sealed record StopWorker() : WorkerMessage;

/// <summary>Which function runs, and where it was reached.</summary>
[MessagePackObject]
public sealed record FunctionIdentity(
    [property: Key(0)] string Service,
    [property: Key(1)] string Path,
    [property: Key(2)] string DomainName);

/// <summary>The event's parameters (every value, in order of appearance) and the JSON body's text when there was one.</summary>
[MessagePackObject]
public sealed record EventData(
    [property: Key(0)] Dictionary<string, string[]> Values,
    [property: Key(1)] string? Json);

/// <summary>The request the function sees.</summary>
[MessagePackObject]
public sealed record RequestData(
    [property: Key(0)] string Method,
    [property: Key(1)] string Path,
    [property: Key(2)] Dictionary<string, string> Headers,
    [property: Key(3)] Dictionary<string, string> Cookies,
    [property: Key(4)] string Body);

/// <summary>The invocation's limits, as the in-process guards take them.</summary>
[MessagePackObject]
public sealed record LimitsData(
    [property: Key(0)] long WallTimeTicks,
    [property: Key(1)] long MemoryBytes,
    [property: Key(2)] int MaxStackDepth,
    [property: Key(3)] long MaxStackBytes,
    [property: Key(4)] long MaxOutputBytes);
