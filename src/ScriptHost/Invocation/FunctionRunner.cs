using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Egress;
using ScriptHost.Functions;
using ScriptHost.Invocation.HostApis;
using ScriptHost.Logs;
using ScriptHost.Problems;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Invocations;
using ScriptHost.Workers;
using SandboxStatus = ScriptHost.Sandbox.Invocation.InvocationStatus;
using StoredStatus = ScriptHost.Storage.Invocations.InvocationStatus;

namespace ScriptHost.Invocation;

/// <summary>
/// Runs one function for one request: in a worker process or in-process, as the host's isolation (and the service's
/// admin-set exception) says; hands it the host APIs bound to its service and this invocation; maps the outcome to
/// HTTP; and records the invocation through the journal (batched, off the request path) and on the live tail.
/// </summary>
internal sealed class FunctionRunner(
    InProcessExecutor inProcess,
    WorkerExecutor workers,
    IScriptHostStore store,
    LogBroadcaster broadcaster,
    EgressHttpClientFactory egress,
    AssetContents assets,
    IOptions<ScriptHostOptions> options)
{
    /// <summary>How deep functions may call functions; beyond it a call fails instead of recursing forever.</summary>
    public const int MaxCallDepth = 8;

    /// <summary>
    /// Runs <paramref name="function"/> of the build <paramref name="environment"/> captured; <paramref name="depth"/> is
    /// how many function calls deep this one is (0 for a request).
    /// </summary>
    public Task<FunctionRunResult> RunAsync(
        EnvironmentSnapshot environment,
        DeployedFunction function,
        FunctionEvent functionEvent,
        FunctionRequest request,
        string domainName,
        int depth,
        CancellationToken cancellationToken) =>
        RunAsync(environment, function.Path, function.Version, function.LoadOwner, function.Compiled, function, function.Limits, functionEvent, request, domainName, depth, record: true, cancellationToken);

    /// <summary>Runs a one-off snippet for <paramref name="service"/>, with production's variables and assets; it is not recorded.</summary>
    public Task<FunctionRunResult> RunSnippetAsync(
        ServiceState service,
        CompiledScript compiled,
        InvocationLimits limits,
        FunctionEvent functionEvent,
        FunctionRequest request,
        string domainName,
        CancellationToken cancellationToken) =>
        RunAsync(service.Production.Capture(service), "/_snippet", 0, $"{service.Name}/_snippet#{Guid.NewGuid():N}", compiled, null, limits, functionEvent, request, domainName, 0, record: false, cancellationToken);

    /// <summary>True when <paramref name="service"/>'s functions run in the host process rather than in workers.</summary>
    public bool RunsInProcess(ServiceState service) =>
        options.Value.Isolation == IsolationMode.InProcess || service.Settings.RunInProcess;

    private async Task<FunctionRunResult> RunAsync(
        EnvironmentSnapshot environment,
        string functionPath,
        int version,
        string owner,
        CompiledScript compiled,
        DeployedFunction? deployed,
        InvocationLimits limits,
        FunctionEvent functionEvent,
        FunctionRequest request,
        string domainName,
        int depth,
        bool record,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var service = environment.Service;
        var invocationId = "inv_" + Guid.NewGuid().ToString("N");
        var log = new InvocationLog(store.Journal, broadcaster, service.Name, environment.Environment, functionPath, version, invocationId, settings.MaxLogLinesPerInvocation);

        // Host APIs get the invocation's own token: cancelled at the time limit or when any other limit trips.
        HostApiSet CreateApis(CancellationToken token)
        {
            var http = new DeferredOutboundHttp(egress, service, token);
            return new HostApiSet(
                log,
                new ScriptKeyValueStore(store, service.Name, token),
                http,
                new ScriptAssetReader(assets, environment, token),
                new FunctionCaller(this, environment, request, domainName, depth + 1, token));
        }

        var invocation = new FunctionInvocation(service, environment, functionPath, owner, compiled, deployed, functionEvent, request, domainName, limits, CreateApis);
        InvocationResult result;
        try
        {
            IFunctionExecutor executor = RunsInProcess(service) ? inProcess : workers;
            result = await executor.ExecuteAsync(invocation, cancellationToken);
        }
        catch (FunctionSuspendedException suspended)
        {
            return Unavailable(Problem.FunctionSuspended(suspended.Message, suspended.RetryAfter), log, invocationId);
        }
        catch (WorkerPoolExhaustedException exhausted)
        {
            return Unavailable(Problem.WorkersExhausted(exhausted.Message), log, invocationId);
        }
        catch (WorkerStartFailedException)
        {
            return Unavailable(Problem.WorkerStartFailed(), log, invocationId);
        }

        var http = FunctionResultWriter.ToHttpResult(result);
        var httpStatus = http is RenderedFunctionResult rendered ? rendered.Response.StatusCode : StatusOf(http);
        if (record)
        {
            Record(service.Name, environment.Environment, functionPath, version, invocationId, result, httpStatus);
        }

        return new FunctionRunResult(result, http, httpStatus, log.Lines, invocationId);
    }

    private static FunctionRunResult Unavailable(RetryAfterProblem problem, InvocationLog log, string invocationId) => new(
        new InvocationResult(SandboxStatus.Faulted, null, new ScriptError("Unavailable", "The function could not run now.", null, null), TimeSpan.Zero),
        problem,
        StatusCodes.Status503ServiceUnavailable,
        log.Lines,
        invocationId)
    {
        Refusal = problem,
    };

    /// <summary>True when a function at <paramref name="depth"/> may call another.</summary>
    public static bool CanCallDeeper(int depth) => depth < MaxCallDepth;

    private void Record(string service, string environment, string path, int version, string invocationId, InvocationResult result, int httpStatus)
    {
        var now = DateTimeOffset.UtcNow;
        var ended = new InvocationRecord(
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
            result.Error?.Line,
            environment,
            result.Error?.Column,
            result.Error?.File);
        store.Journal.Append(ended);
        store.Journal.CountInvocation(service, path, now, environment);
        broadcaster.Publish(ended);
    }

    private static int StatusOf(IResult result) => result is IStatusCodeHttpResult { StatusCode: { } status } ? status : 500;
}
