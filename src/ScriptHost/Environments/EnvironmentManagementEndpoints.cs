using EnvironmentName = ScriptHost.Storage.Validation.EnvironmentName;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ScriptHost.Api.Contracts.Environments;
using ScriptHost.Configuration;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Errors;

namespace ScriptHost.Environments;

/// <summary>
/// <c>/api/services/{service}/environments</c>: create, list, show and delete a service's environments. Each is served
/// at <c>/{service}@{environment}/...</c> (production at <c>/{service}/...</c>), with its own variables and deployments.
/// </summary>
internal static class EnvironmentManagementEndpoints
{
    public static void MapEnvironments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/services/{service}/environments").WithTags("Environments").AddEndpointFilter<ServiceAccessFilter>();
        group.MapPost("/", CreateAsync).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync);
        group.MapGet("/{environment}", GetAsync);
        group.MapDelete("/{environment}", DeleteAsync).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Created<EnvironmentDto>, ProblemHttpResult>> CreateAsync(
        string service,
        CreateEnvironmentRequest? body,
        HttpRequest request,
        IScriptHostStore store,
        LiveServices live,
        IOptions<ScriptHostOptions> options,
        CancellationToken cancellationToken)
    {
        if (body?.Name is not { } name || !EnvironmentName.IsValid(name))
        {
            return Problem.BadRequest($"'name' must be 1-{EnvironmentName.MaxLength} lowercase letters, digits or '-'.");
        }

        live.TryGetService(service, out var state);
        await state.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var created = await store.DeploymentEnvironments.CreateEnvironmentAsync(service, name, cancellationToken);
            var environment = new EnvironmentState(created.Name);
            environment.ReplaceVariables(await store.Environment.ListEffectiveVariablesAsync(service, created.Name, cancellationToken) ?? []);
            state.Environments[created.Name] = environment;
            return TypedResults.Created(
                $"/api/services/{service}/environments/{created.Name}", EnvironmentDto.From(created, new EnvironmentUrls(request, options.Value)));
        }
        catch (HostLabelTakenException taken)
        {
            return Problem.Conflict(
                $"Environment '{name}' would be served under host label '{taken.Label}', which is already environment '{taken.Owner.Environment}' of service '{taken.Owner.Service}'; pick another name.");
        }
        catch (StorageConflictException)
        {
            return Problem.Conflict($"Service '{service}' already has an environment '{name}'.");
        }
        finally
        {
            state.ManagementLock.Release();
        }
    }

    private static async Task<Ok<List<EnvironmentDto>>> ListAsync(
        string service, HttpRequest request, IScriptHostStore store, IOptions<ScriptHostOptions> options, CancellationToken cancellationToken)
    {
        var urls = new EnvironmentUrls(request, options.Value);
        var environments = await store.DeploymentEnvironments.ListEnvironmentsAsync(service, cancellationToken);
        return TypedResults.Ok(environments.Select(environment => EnvironmentDto.From(environment, urls)).ToList());
    }

    private static async Task<Results<Ok<EnvironmentDto>, ProblemHttpResult>> GetAsync(
        string service, string environment, HttpRequest request, IScriptHostStore store, IOptions<ScriptHostOptions> options, CancellationToken cancellationToken)
    {
        var found = EnvironmentName.IsValid(environment)
            ? await store.DeploymentEnvironments.GetEnvironmentAsync(service, environment, cancellationToken)
            : null;
        return found is null
            ? Problem.UnknownEnvironment(service, environment)
            : TypedResults.Ok(EnvironmentDto.From(found, new EnvironmentUrls(request, options.Value)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string service, string environment, IScriptHostStore store, LiveServices live, CancellationToken cancellationToken)
    {
        if (environment == EnvironmentName.Production)
        {
            return Problem.Conflict($"'{EnvironmentName.Production}' cannot be deleted: it is what /{service}/... serves.");
        }

        if (!EnvironmentName.IsValid(environment))
        {
            return Problem.UnknownEnvironment(service, environment);
        }

        live.TryGetService(service, out var state);
        await state.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            if (!await store.DeploymentEnvironments.DeleteEnvironmentAsync(service, environment, cancellationToken))
            {
                return Problem.UnknownEnvironment(service, environment);
            }

            live.RemoveEnvironment(state, environment);
            return TypedResults.NoContent();
        }
        finally
        {
            state.ManagementLock.Release();
        }
    }
}
