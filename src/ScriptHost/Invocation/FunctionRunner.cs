using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Egress;
using ScriptHost.Functions;
using ScriptHost.Functions.Output;
using ScriptHost.Invocation.HostApis;
using ScriptHost.Logs;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Storage;
using ScriptHost.Storage.Invocations;
using SandboxStatus = ScriptHost.Sandbox.Invocation.InvocationStatus;
using StoredStatus = ScriptHost.Storage.Invocations.InvocationStatus;

namespace ScriptHost.Invocation;

/// <summary>
/// Runs one function for one request: loads it from the compiled-function cache (never recompiling a stored build),
/// hands it the host APIs bound to its service and this invocation, maps the outcome to HTTP, and records the
/// invocation through the journal (batched, off the request path).
/// </summary>
internal sealed class FunctionRunner(
    CompiledFunctionCache cache,
    FunctionInvoker invoker,
    IScriptHostStore store,
    LogBroadcaster broadcaster,
    EgressHttpClientFactory egress,
    IOptions<ScriptHostOptions> options)
{
    /// <summary>How deep functions may call functions; beyond it a call fails instead of recursing forever.</summary>
    public const int MaxCallDepth = 8;

    private static readonly AsyncLocal<int> CallDepth = new();

    public async Task<FunctionRunResult> RunAsync(
        ServiceState service,
        DeployedFunction function,
        FunctionEvent functionEvent,
        FunctionRequest request,
        string domainName,
        CancellationToken cancellationToken)
    {
        var loaded = function.LoadFrom(cache);
        var run = await RunLoadedAsync(service, loaded, function.Path, function.Version, function.Limits, functionEvent, request, domainName, record: true, cancellationToken);
        if (run.Invocation.DiscardLoadedScript)
        {
            // A limit broke one of its static constructors, which stay failed in that load: the next request loads afresh.
            cache.Discard(function.LoadOwner, loaded);
        }

        return run;
    }

    /// <summary>Runs an already loaded script (deployed or a one-off snippet) for <paramref name="service"/>.</summary>
    public async Task<FunctionRunResult> RunLoadedAsync(
        ServiceState service,
        LoadedScript loaded,
        string functionPath,
        int version,
        InvocationLimits limits,
        FunctionEvent functionEvent,
        FunctionRequest request,
        string domainName,
        bool record,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var invocationId = "inv_" + Guid.NewGuid().ToString("N");
        var log = new InvocationLog(store.Journal, broadcaster, service.Name, functionPath, version, invocationId, settings.MaxLogLinesPerInvocation);

        // Host APIs get the invocation's own token: cancelled at the time limit or when any other limit trips.
        FunctionGlobals CreateGlobals(CancellationToken token)
        {
            var http = new DeferredOutboundHttp(egress, service, token);
            return new FunctionGlobals(
                functionEvent,
                request,
                new FunctionContext(service.Environment, service.Name, functionPath, domainName, http, token),
                log,
                new ScriptKeyValueStore(store, service.Name, token),
                http,
                new ScriptAssetReader(store, service.Name, token),
                new FunctionCaller(this, service, request, domainName, token),
                token);
        }

        var jsonOptions = ScriptJsonOptions.For(loaded);
        Json.Use(jsonOptions);
        OutputBudget.Use(InvocationOutputBudget.Ambient);
        CallDepth.Value++;
        InvocationResult result;
        try
        {
            result = await invoker.InvokeAsync(loaded, CreateGlobals, limits, new FunctionResultRenderer(jsonOptions), cancellationToken);
        }
        finally
        {
            CallDepth.Value--;
            OutputBudget.Use(null);
            Json.Use(null);
        }

        var http = FunctionResultWriter.ToHttpResult(result);
        var httpStatus = http is RenderedFunctionResult rendered ? rendered.Response.StatusCode : StatusOf(http);
        if (record)
        {
            Record(service.Name, functionPath, version, invocationId, result, httpStatus);
        }

        return new FunctionRunResult(result, http, httpStatus, log.Lines, invocationId);
    }

    /// <summary>True when a function may call another without exceeding <see cref="MaxCallDepth"/>.</summary>
    public static bool CanCallDeeper => CallDepth.Value < MaxCallDepth;

    private void Record(string service, string path, int version, string invocationId, InvocationResult result, int httpStatus)
    {
        var now = DateTimeOffset.UtcNow;
        store.Journal.Append(new InvocationRecord(
            service,
            path,
            version,
            invocationId,
            result.Status switch
            {
                SandboxStatus.Completed => StoredStatus.Succeeded,
                SandboxStatus.Faulted => StoredStatus.Failed,
                SandboxStatus.TimeLimitExceeded => StoredStatus.TimedOut,
                _ => StoredStatus.LimitExceeded,
            },
            httpStatus,
            result.Duration.TotalMilliseconds,
            now,
            result.Error?.Type,
            result.Error?.Message,
            result.Error?.Line));
        store.Journal.CountInvocation(service, path, now);
    }

    private static int StatusOf(IResult result) => result is IStatusCodeHttpResult { StatusCode: { } status } ? status : 500;

    /// <summary>Limits for a function: its own overrides within the host's ceilings, else the host's defaults.</summary>
    public static InvocationLimits LimitsFor(ScriptHostOptions settings, int? timeoutMs, int? memoryMb) => new()
    {
        WallTime = TimeSpan.FromMilliseconds(Math.Min(timeoutMs ?? settings.DefaultTimeoutMs, settings.MaxTimeoutMs)),
        MemoryBytes = (long)Math.Min(memoryMb ?? settings.DefaultMemoryMb, settings.MaxMemoryMb) * 1024 * 1024,
        MaxOutputBytes = settings.MaxResponseBytes,
    };
}
