using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Api.Contracts.Services;
using ScriptHost.Invocation;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Validation;
using ScriptHost.Workers;

namespace ScriptHost.Services;

/// <summary><c>/api/services</c>: the admin creates, lists and deletes services (tenants).</summary>
internal static class ServiceEndpoints
{
    public static void MapServices(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/services").WithTags("Services").RequireAdminKey();
        group.MapPost("/", CreateAsync).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List);
        group.MapDelete("/{service}", DeleteAsync);
    }

    private static async Task<Results<Created<CreatedService>, ProblemHttpResult>> CreateAsync(CreateServiceRequest? body, IScriptHostStore store, LiveServices live, CancellationToken cancellationToken)
    {
        var name = body?.Name;
        if (!ServiceName.IsValid(name))
        {
            return Problem.BadRequest($"'name' must be {ServiceName.Rule}.");
        }

        if (ReservedSegments.All.Contains(name))
        {
            return Problem.BadRequest($"'{name}' is reserved by the host.");
        }

        var key = GeneratedKeys.NewServiceKey();
        var hash = KeyHash.Compute(key);
        try
        {
            var created = await store.Services.CreateServiceAsync(name, hash, new ServiceSettings(), cancellationToken);
            live.AddService(created.Name, hash, created.Settings);
            return TypedResults.Created($"/api/services/{created.Name}", new CreatedService(created.Name, key));
        }
        catch (HostLabelTakenException taken)
        {
            return Problem.Conflict(
                $"A service named '{name}' would be served under host label '{taken.Label}', which is already environment '{taken.Owner.Environment}' of service '{taken.Owner.Service}'.");
        }
        catch (StorageConflictException)
        {
            return Problem.Conflict($"A service named '{name}' already exists.");
        }
    }

    private static Ok<List<ServiceSummary>> List(LiveServices live) =>
        TypedResults.Ok(live.Services
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new ServiceSummary(s.Name, s.Production.Live.Functions.Count))
            .ToList());

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string service, IScriptHostStore store, LiveServices live, WorkerPool workers, CancellationToken cancellationToken)
    {
        if (!await store.Services.DeleteServiceAsync(service, cancellationToken))
        {
            return Problem.NotFound($"No service '{service}'.");
        }

        if (live.RemoveService(service) is { } removed)
        {
            // Not the request's token: the service is already gone from storage, so its loads must go whatever the client does.
            await live.RetireAllAsync(removed, CancellationToken.None);
        }

        // Its workers would otherwise stay bound to a service that no longer exists until the pool needs the room.
        workers.ReleaseService(service);

        return TypedResults.NoContent();
    }
}
