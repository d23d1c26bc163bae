namespace ScriptHost.Functions;

/// <summary>
/// Everything a function sees, as top-level names: <c>Event</c>, <c>Request</c>, <c>Context</c>, <c>Log</c>,
/// <c>Store</c>, <c>Http</c>, <c>Assets</c>, <c>Functions</c>. A function is a C# script over these; it answers with a
/// <c>return</c> (or a final expression) of a string, TwiML, a <see cref="Response"/>, any object (as JSON), or null.
/// </summary>
public sealed class FunctionGlobals
{
    /// <summary>Creates the globals for one invocation; the host supplies every part.</summary>
    public FunctionGlobals(
        FunctionEvent @event,
        FunctionRequest request,
        FunctionContext context,
        IFunctionLog log,
        IKeyValueStore store,
        IOutboundHttp http,
        IAssetReader assets,
        IFunctionCaller functions,
        CancellationToken cancellation)
    {
        Event = @event;
        Request = request;
        Context = context;
        Log = log;
        Store = store;
        Http = http;
        Assets = assets;
        Functions = functions;
        Cancellation = cancellation;
    }

    /// <summary>Query and body parameters merged (the body wins), as Twilio Functions' <c>event</c>.</summary>
    public FunctionEvent Event { get; }

    /// <summary>The HTTP request: method, path, lower-cased headers, cookies and raw body.</summary>
    public FunctionRequest Request { get; }

    /// <summary>The service's environment variables and the function's identity.</summary>
    public FunctionContext Context { get; }

    /// <summary>Writes to the service's log (Info, Warn, Error).</summary>
    public IFunctionLog Log { get; }

    /// <summary>The service's key-value store.</summary>
    public IKeyValueStore Store { get; }

    /// <summary>Outbound HTTP through the host's egress policy.</summary>
    public IOutboundHttp Http { get; }

    /// <summary>The service's assets, protected and private ones included.</summary>
    public IAssetReader Assets { get; }

    /// <summary>Calls another function of the same service, private ones included.</summary>
    public IFunctionCaller Functions { get; }

    /// <summary>Cancelled when the invocation runs out of time; every host API already observes it.</summary>
    public CancellationToken Cancellation { get; }
}
