using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Storage;
using ScriptHost.Workers;

namespace ScriptHost.Health;

/// <summary><c>GET /health</c>: the process is up and storage answers.</summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", CheckAsync).WithTags("Health");
    }

    private static async Task<IResult> CheckAsync(
        IScriptHostStore store,
        CompiledFunctionCache cache,
        WorkerPool workers,
        WorkerLauncher launcher,
        IOptions<ScriptHostOptions> options,
        CancellationToken cancellationToken)
    {
        try
        {
            await store.Services.GetAdminKeyHashAsync(cancellationToken);
            return TypedResults.Ok(new
            {
                status = store.Journal.LastError is null ? "ok" : "degraded",
                storage = "ok",
                journalFailedBatches = store.Journal.FailedBatches,
                journalPending = store.Journal.Pending,
                journalDroppedItems = store.Journal.DroppedItems,
                scriptsCompiled = cache.Compiler.ScriptsCompiled,
                // Compile threads still working, including any that answered at the compile limit and run on.
                compilesRunning = cache.Compiler.CompilesRunning,
                functionsLoaded = cache.Count,
                isolation = options.Value.Isolation.ToString(),
                workers = workers.Snapshot(),
                confinement = launcher.Describe(),
            });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return TypedResults.Json(new { status = "unhealthy", storage = exception.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
