using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Api.Contracts.Services;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Services;
using ScriptHost.Workers;

namespace ScriptHost.Services;

/// <summary>
/// <c>GET|PUT|PATCH /api/services/{service}/settings</c>: which hosts the service's functions may call, which browser
/// origins may call them, and its key-value quota.
/// </summary>
/// <remarks>
/// PUT and PATCH both merge (a JSON merge patch, RFC 7396): a field sent replaces its value, <c>null</c> resets it, a
/// field left out is kept. PUT merges rather than replaces because clients (and the samples' documentation) send
/// only the field they mean to change, and a replace silently wiped the others; a client sending the whole document
/// gets exactly what a replace gave it. PATCH is there for clients that speak merge patch by its own verb.
/// The key-value quota is the operator's to set: a service key that would change it gets 403 (the quota bounds how
/// much of the shared disk one tenant may take, so a tenant must not raise its own).
/// </remarks>
internal static class ServiceSettingsEndpoints
{
    public const string MergePatchMediaType = "application/merge-patch+json";

    public static void MapServiceSettings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/services/{service}/settings").WithTags("Services").AddEndpointFilter<ServiceAccessFilter>();
        group.MapGet("/", Get);
        foreach (var update in new[] { group.MapPut("/", MergeAsync), group.MapPatch("/", MergeAsync) })
        {
            update.Accepts<SettingsDto>("application/json", MergePatchMediaType)
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status403Forbidden);
        }
    }

    private static Ok<SettingsDto> Get(string service, LiveServices live)
    {
        live.TryGetService(service, out var state);
        return TypedResults.Ok(Describe(state.Settings));
    }

    private static async Task<Results<Ok<SettingsDto>, ProblemHttpResult>> MergeAsync(
        string service,
        HttpRequest request,
        LiveServices live,
        IScriptHostStore store,
        CallerAuthentication authentication,
        WorkerPool workers,
        CancellationToken cancellationToken)
    {
        // Read by hand rather than bound: a merge patch must tell an absent field from a null one, which a bound record
        // cannot, and the OpenAPI document still describes the body by its shape (Accepts<SettingsDto>).
        var body = await ReadPatchAsync(request, cancellationToken);
        live.TryGetService(service, out var state);

        // Read, merge and write under the service's lock, so two concurrent patches cannot undo each other.
        await state.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var merged = ServiceSettingsPatch.Apply(state.Settings, body, errors);
            if (merged is null)
            {
                return Problem.Of(
                    StatusCodes.Status400BadRequest,
                    "Invalid settings",
                    $"{errors.Count} setting(s) are not valid; nothing was changed.",
                    new Dictionary<string, object?> { ["errors"] = errors });
            }

            var quotaChanged = (merged.KeyValueQuota?.MaxEntries, merged.KeyValueQuota?.MaxTotalBytes)
                != (state.Settings.KeyValueQuota?.MaxEntries, state.Settings.KeyValueQuota?.MaxTotalBytes);
            if (quotaChanged && !authentication.Identify(request).IsAdmin)
            {
                return Problem.Forbidden("Only the admin key can change a service's key-value quota; nothing was changed.");
            }

            if (merged.RunInProcess != state.Settings.RunInProcess && !authentication.Identify(request).IsAdmin)
            {
                return Problem.Forbidden("Only the admin key can move a service's functions in or out of the host process; nothing was changed.");
            }

            var updated = await store.Services.UpdateSettingsAsync(service, merged, cancellationToken);
            if (updated is null)
            {
                return Problem.NotFound($"No service '{service}'.");
            }

            var leftWorkers = updated.Settings.RunInProcess && !state.Settings.RunInProcess;
            state.Settings = updated.Settings;
            if (leftWorkers)
            {
                // Its functions run in the host from now on: its workers finish what they run and go.
                workers.ReleaseService(service);
            }

            return TypedResults.Ok(Describe(updated.Settings));
        }
        finally
        {
            state.ManagementLock.Release();
        }
    }

    private static async Task<JsonElement> ReadPatchAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException($"Send the settings as application/json or {MergePatchMediaType}.", StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            return await request.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException($"The settings are not well-formed JSON: {exception.Message}", StatusCodes.Status400BadRequest);
        }
    }

    private static SettingsDto Describe(ServiceSettings settings) => new()
    {
        EgressAllowedHosts = [.. settings.EgressAllowedHosts],
        CorsAllowedOrigins = [.. settings.CorsAllowedOrigins],
        KeyValueMaxEntries = settings.KeyValueQuota?.MaxEntries,
        KeyValueMaxBytes = settings.KeyValueQuota?.MaxTotalBytes,
        RunInProcess = settings.RunInProcess,
    };
}
