using BuildOrigin = ScriptHost.Storage.Builds.BuildOrigin;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ScriptHost.Api.Contracts.Builds;
using ScriptHost.Configuration;
using ScriptHost.Problems;
using ScriptHost.RequestBodies;
using ScriptHost.Security;
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Errors;

namespace ScriptHost.Builds;

/// <summary>
/// <c>/api/services/{service}/builds</c>: post a bundle (functions, assets, shared code) to build, list builds, read one.
/// A build changes nothing live: a deployment does.
/// </summary>
internal static class BuildEndpoints
{
    private const int DefaultListLimit = 50;
    private const int MaxListLimit = 200;

    public static void MapBuilds(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<ScriptHostOptions>>().Value;
        var group = app.MapGroup("/api/services/{service}/builds").WithTags("Builds").AddEndpointFilter<ServiceAccessFilter>();
        group.MapPost("/", PostAsync)
            .WithBodyLimit(options.MaxBundleBytes)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync);
    }

    private static async Task<Results<Accepted<BuildDto>, ValidationProblem, ProblemHttpResult>> PostAsync(
        string service,
        BundleRequest bundle,
        IScriptHostStore store,
        BuildRunner runner,
        IOptions<ScriptHostOptions> options,
        CancellationToken cancellationToken)
    {
        var checkedBundle = await BundleValidator.ValidateAsync(service, bundle, store, options.Value, cancellationToken);
        if (checkedBundle.Input is not { } input)
        {
            return TypedResults.ValidationProblem(
                checkedBundle.Errors,
                detail: $"The bundle has {checkedBundle.Errors.Count} problem(s), each named by the item it is in; nothing was stored.",
                title: "Invalid bundle");
        }

        BuildRunner.Start start;
        try
        {
            start = await runner.StartAsync(service, input, BuildOrigin.Bundle, baseBuildId: null, cancellationToken);
        }
        catch (StorageNotFoundException exception)
        {
            // The service was deleted meanwhile, or a hash named content that went with it.
            return Problem.NotFound(exception.Message);
        }

        return start switch
        {
            BuildRunner.Started started => TypedResults.Accepted($"/api/services/{service}/builds/{started.Build.Id}", BuildDto.From(started.Build)),
            BuildRunner.AlreadyRunning running => Problem.Of(
                StatusCodes.Status409Conflict,
                "Build already running",
                running.BuildId > 0
                    ? $"Build {running.BuildId} of this service is still queued or building; post again once it has finished (GET .../builds/{running.BuildId})."
                    : "A build of this service is being stored; post again once it has finished.",
                new Dictionary<string, object?> { ["buildId"] = running.BuildId > 0 ? running.BuildId : null }),
            BuildRunner.CompileStillRunning => Problem.CompileStillRunning(),
            _ => Problem.Of(StatusCodes.Status503ServiceUnavailable, "Build queue full", "Too many builds are waiting; try again shortly."),
        };
    }

    private static async Task<Results<Ok<List<BuildSummaryDto>>, ProblemHttpResult>> ListAsync(
        string service, int? limit, int? before, IScriptHostStore store, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxListLimit)
        {
            return Problem.BadRequest($"'limit' must be between 1 and {MaxListLimit}.");
        }

        if (before is < 1)
        {
            return Problem.BadRequest("'before' must be a build number (1 or more).");
        }

        var builds = await store.Builds.ListBuildsAsync(service, limit ?? DefaultListLimit, before, cancellationToken);
        return TypedResults.Ok(builds.Select(BuildSummaryDto.From).ToList());
    }

    private static async Task<Results<Ok<BuildDto>, ProblemHttpResult>> GetAsync(string service, int id, IScriptHostStore store, CancellationToken cancellationToken)
    {
        var build = id < 1 ? null : await store.Builds.GetBuildAsync(service, id, cancellationToken);
        return build is null ? Problem.NotFound($"No build {id} of '{service}'.") : TypedResults.Ok(BuildDto.From(build));
    }
}
