using EnvironmentName = ScriptHost.Storage.Validation.EnvironmentName;
using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Api.Contracts.Deployments;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Deployments;

namespace ScriptHost.Deployments;

/// <summary>
/// <c>/api/services/{service}/environments/{environment}/deployments</c>: make a completed build live on an environment
/// (by number, or promoted from another environment; a rollback is a deployment of an earlier build), and the
/// environment's history, newest first.
/// </summary>
internal static class DeploymentEndpoints
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;

    public static void MapDeployments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/services/{service}/environments/{environment}/deployments")
            .WithTags("Deployments")
            .AddEndpointFilter<ServiceAccessFilter>();
        group.MapPost("/", CreateAsync).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync);
    }

    private static async Task<Results<Created<DeploymentDto>, ProblemHttpResult>> CreateAsync(
        string service,
        string environment,
        CreateDeploymentRequest? body,
        LiveServices live,
        EnvironmentDeployer deployer,
        CancellationToken cancellationToken)
    {
        if (body is null || (body.BuildId is null) == (body.FromEnvironment is null))
        {
            return Problem.BadRequest("Give exactly one of 'buildId' (a completed build) and 'fromEnvironment' (promote what is live there).");
        }

        live.TryGetService(service, out var state);
        if (!state.Environments.TryGetValue(environment, out var target))
        {
            return Problem.UnknownEnvironment(service, environment);
        }

        if (body.FromEnvironment is { } from && (!EnvironmentName.IsValid(from) || !state.Environments.ContainsKey(from)))
        {
            return Problem.UnknownEnvironment(service, from);
        }

        var outcome = body.BuildId is { } buildId
            ? await deployer.DeployBuildAsync(state, target, buildId, cancellationToken)
            : await deployer.PromoteAsync(state, target, body.FromEnvironment!, cancellationToken);
        if (outcome is EnvironmentDeployer.Refused refused)
        {
            return Problem.Of(
                refused.Status,
                refused.Status == StatusCodes.Status404NotFound ? "Not found" : "Conflict",
                refused.Detail,
                refused.BuildStatus is { } status ? new Dictionary<string, object?> { ["buildStatus"] = status.ToString().ToLowerInvariant() } : null);
        }

        var deployment = (Deployment)outcome;
        return TypedResults.Created(
            $"/api/services/{service}/environments/{environment}/deployments", DeploymentDto.From(deployment));
    }

    private static async Task<Results<Ok<List<DeploymentDto>>, ProblemHttpResult>> ListAsync(
        string service,
        string environment,
        int? limit,
        int? before,
        LiveServices live,
        IScriptHostStore store,
        CancellationToken cancellationToken)
    {
        live.TryGetService(service, out var state);
        if (!state.Environments.ContainsKey(environment))
        {
            return Problem.UnknownEnvironment(service, environment);
        }

        if (limit is < 1 or > MaxPageSize)
        {
            return Problem.BadRequest($"'limit' must be between 1 and {MaxPageSize}.");
        }

        var deployments = await store.Deployments.ListDeploymentsAsync(service, environment, limit ?? DefaultPageSize, before, cancellationToken);
        return TypedResults.Ok(deployments.Select(DeploymentDto.From).ToList());
    }
}
