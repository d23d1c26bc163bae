using EnvironmentName = ScriptHost.Storage.Validation.EnvironmentName;
using FunctionVisibility = ScriptHost.Storage.Functions.FunctionVisibility;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ScriptHost.Api.Contracts.Functions;
using ScriptHost.Configuration;
using ScriptHost.Contracts;
using ScriptHost.Invocation;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Validation;

namespace ScriptHost.FunctionManagement;

/// <summary>
/// <c>/api/services/{service}/functions</c>: deploy, roll back and delete functions on production or, with
/// <c>?environment=</c>, another environment (each a build and a deployment), list what an environment serves, and read
/// a function's versions.
/// </summary>
internal static class FunctionEndpoints
{

    public static void MapFunctions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/services/{service}/functions").WithTags("Functions").AddEndpointFilter<ServiceAccessFilter>();
        group.MapGet("/", List);
        group.MapPost("/{**path}", ActivateOrNotFoundAsync);

        // 200 and 201 carry the same body: 201 when the deploy created the function.
        group.MapPut("/{**path}", DeployAsync).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/{**path}", GetAsync);
        group.MapDelete("/{**path}", DeleteAsync);
    }

    private static async Task<Results<Created<DeployResponse>, Ok<DeployResponse>, ProblemHttpResult>> DeployAsync(
        string service,
        string path,
        DeployRequest? body,
        string? environment,
        HttpRequest request,
        LiveServices live,
        FunctionDeployer deployer,
        IOptions<ScriptHostOptions> options,
        CancellationToken cancellationToken)
    {
        var functionPath = StoragePath.Normalize(path, out var pathError);
        if (functionPath is null)
        {
            return Problem.BadRequest(pathError!);
        }

        if (FunctionPathRule.ReservedSegmentError(functionPath) is { } reserved)
        {
            return Problem.BadRequest(reserved);
        }

        if (string.IsNullOrWhiteSpace(body?.Source))
        {
            return Problem.BadRequest("'source' is required: the C# script of the function.");
        }

        if (!VisibilityText.TryParse(body.Visibility, FunctionVisibility.Public, out var visibility))
        {
            return Problem.BadRequest(VisibilityText.Rule);
        }

        var settings = options.Value;
        if (body.TimeoutMs is { } timeout && (timeout < 100 || timeout > settings.MaxTimeoutMs))
        {
            return Problem.BadRequest($"'timeoutMs' must be between 100 and {settings.MaxTimeoutMs}.");
        }

        if (body.MemoryMb is { } memory && (memory < 1 || memory > settings.MaxMemoryMb))
        {
            return Problem.BadRequest($"'memoryMb' must be between 1 and {settings.MaxMemoryMb}.");
        }

        live.TryGetService(service, out var state);
        if (!state.TryGetEnvironment(environment, out var target))
        {
            return Problem.UnknownEnvironment(service, environment!);
        }

        var outcome = await deployer.DeployAsync(state, target, functionPath, body.Source, visibility, new FunctionLimits(body.TimeoutMs, body.MemoryMb), cancellationToken);
        if (outcome is FunctionDeployer.CompileStillRunning)
        {
            return Problem.CompileStillRunning();
        }

        if (outcome is FunctionDeployer.Rejected rejected)
        {
            return Problem.Of(
                StatusCodes.Status422UnprocessableEntity,
                "Compile errors",
                $"The function does not compile ({rejected.Errors.Count} error(s)); the previous version keeps serving.",
                new Dictionary<string, object?> { ["errors"] = rejected.Errors.Select(DiagnosticDto.From).ToList() });
        }

        var deployed = (FunctionDeployer.Deployed)outcome;
        var response = new DeployResponse(
            functionPath,
            deployed.Function.FunctionVersion,
            deployed.Function.SourceSha256,
            FunctionUrl(request, settings, service, target.Name, functionPath),
            [.. deployed.Warnings.Select(DiagnosticDto.From)],
            deployed.Build.Id,
            deployed.Deployment.Id);
        return deployed.IsNew
            ? TypedResults.Created($"/api/services/{service}/functions{functionPath}{EnvironmentQuery(target.Name)}", response)
            : TypedResults.Ok(response);
    }

    /// <summary>The functions an environment serves (production unless <c>?environment=</c>), each as it is live there.</summary>
    private static Results<Ok<List<FunctionDto>>, ProblemHttpResult> List(
        string service, string? environment, HttpRequest request, LiveServices live, IOptions<ScriptHostOptions> options)
    {
        live.TryGetService(service, out var state);
        if (!state.TryGetEnvironment(environment, out var listed))
        {
            return Problem.UnknownEnvironment(service, environment!);
        }

        return TypedResults.Ok(listed.Live.Functions.Values
            .OrderBy(function => function.Path, StringComparer.Ordinal)
            .Select(function => FunctionDto.From(function, FunctionUrl(request, options.Value, service, listed.Name, function.Path)))
            .ToList());
    }

    /// <summary>
    /// A function path (<c>.../functions/{path}</c>: its stored versions and what each environment serves of it), or one
    /// of its versions (<c>.../functions/{path}/versions/{n}</c>).
    /// </summary>
    private static async Task<Results<Ok<FunctionDetailsDto>, Ok<FunctionVersionDto>, ProblemHttpResult>> GetAsync(
        string service,
        string path,
        string? environment,
        HttpRequest request,
        LiveServices live,
        IScriptHostStore store,
        IOptions<ScriptHostOptions> options,
        CancellationToken cancellationToken)
    {
        // ".../functions/{path}/versions/{n}" shares this route: the catch-all takes the rest of the URL.
        var (functionPath, versionNumber, suffixError) = SplitVersionSuffix(path, FunctionPathRule.VersionsSegment);
        if (suffixError is not null)
        {
            return Problem.BadRequest(suffixError);
        }

        if (versionNumber is { } number)
        {
            var version = await store.Functions.GetVersionAsync(service, functionPath, number, cancellationToken);
            return version is null
                ? Problem.NotFound($"No version {number} of '{functionPath}'.")
                : TypedResults.Ok(new FunctionVersionDto(version.Path, version.Number, version.SourceSha256, version.Source, version.CreatedAt));
        }

        live.TryGetService(service, out var state);
        if (!state.TryGetEnvironment(environment, out var shown))
        {
            return Problem.UnknownEnvironment(service, environment!);
        }

        // Every live function names a stored version, so a path with none was never deployed.
        var versions = await store.Functions.ListVersionsAsync(service, functionPath, cancellationToken);
        if (versions.Count == 0)
        {
            return Problem.NotFound($"No function at '{functionPath}'.");
        }

        var serving = state.Environments.Values
            .Select(environmentState => (environmentState.Name, Build: environmentState.Live))
            .Where(pair => pair.Build.Functions.ContainsKey(functionPath))
            .OrderBy(pair => pair.Name, StringComparer.Ordinal)
            .Select(pair => new LiveVersionDto(pair.Name, pair.Build.Functions[functionPath].Version, pair.Build.BuildId))
            .ToList();
        shown.Live.Functions.TryGetValue(functionPath, out var function);
        return TypedResults.Ok(new FunctionDetailsDto(
            function is null ? null : FunctionDto.From(function, FunctionUrl(request, options.Value, service, shown.Name, functionPath)),
            function?.Source,
            versions[^1].Number,
            serving,
            [.. versions.Select(v => new FunctionVersionSummaryDto(v.Number, v.SourceSha256, v.CreatedAt))]));
    }

    private static async Task<Results<Ok<FunctionDto>, ProblemHttpResult>> ActivateOrNotFoundAsync(
        string service,
        string path,
        string? environment,
        HttpRequest request,
        LiveServices live,
        FunctionDeployer deployer,
        IOptions<ScriptHostOptions> options,
        CancellationToken cancellationToken)
    {
        // POST .../functions/{path}/versions/{n}/activate
        const string suffix = "/activate";
        if (!path.EndsWith(suffix, StringComparison.Ordinal))
        {
            return Problem.NotFound("Use PUT to deploy a function, or POST .../versions/{n}/activate to roll back.");
        }

        var (functionPath, version, error) = SplitVersionSuffix(path[..^suffix.Length], FunctionPathRule.VersionsSegment);
        if (error is not null || version is null)
        {
            return Problem.BadRequest(error ?? "Name the version to activate: .../versions/{n}/activate.");
        }

        live.TryGetService(service, out var state);
        if (!state.TryGetEnvironment(environment, out var target))
        {
            return Problem.UnknownEnvironment(service, environment!);
        }

        return await deployer.ActivateAsync(state, target, functionPath, version.Value, cancellationToken) switch
        {
            FunctionDeployer.Activated activated => TypedResults.Ok(
                FunctionDto.From(activated.Function, FunctionUrl(request, options.Value, service, target.Name, functionPath))
                    with { BuildId = activated.Build.Id, DeploymentId = activated.Deployment.Id }),
            FunctionDeployer.NotLive => Problem.NotFound(
                $"'{functionPath}' is not live on {target.Name}, so it has no visibility and limits to roll back with: deploy it with PUT, or deploy a build that has it."),
            _ => Problem.NotFound($"No version {version} of '{functionPath}'."),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string service, string path, string? environment, LiveServices live, FunctionDeployer deployer, CancellationToken cancellationToken)
    {
        var functionPath = StoragePath.Normalize(path, out var error);
        if (functionPath is null)
        {
            return Problem.BadRequest(error!);
        }

        live.TryGetService(service, out var state);
        if (!state.TryGetEnvironment(environment, out var target))
        {
            return Problem.UnknownEnvironment(service, environment!);
        }

        return await deployer.DeleteAsync(state, target, functionPath, cancellationToken)
            ? TypedResults.NoContent()
            : Problem.NotFound($"No function at '{functionPath}'.");
    }

    /// <summary>Splits "a/b/versions/3" into ("/a/b", 3); a path without the suffix gives (path, null).</summary>
    private static (string Path, int? Version, string? Error) SplitVersionSuffix(string raw, string marker)
    {
        var segments = raw.Split('/');
        if (segments.Length >= 3 && segments[^2] == marker)
        {
            if (!int.TryParse(segments[^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                return (raw, null, $"'{segments[^1]}' is not a version number.");
            }

            var functionPath = StoragePath.Normalize(string.Join('/', segments[..^2]), out var pathError);
            return functionPath is null ? (raw, null, pathError) : (functionPath, number, null);
        }

        var normalized = StoragePath.Normalize(raw, out var error);
        return normalized is null ? (raw, null, error) : (normalized, null, null);
    }

    /// <summary>The query that names a non-production environment in a management URL; production needs none.</summary>
    private static string EnvironmentQuery(string environment) =>
        environment == EnvironmentName.Production ? "" : $"?environment={Uri.EscapeDataString(environment)}";

    /// <summary>Where <paramref name="path"/> answers on <paramref name="environment"/> of <paramref name="service"/> (the path form).</summary>
    internal static string FunctionUrl(HttpRequest request, ScriptHostOptions options, string service, string environment, string path) =>
        $"{PublicUrl.BaseOf(request, options)}/{ServiceAddress.Format(service, environment)}{path}";
}
