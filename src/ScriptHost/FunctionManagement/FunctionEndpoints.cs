using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Invocation;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Validation;

namespace ScriptHost.FunctionManagement;

/// <summary><c>/api/services/{service}/functions</c>: deploy, inspect, roll back and delete functions.</summary>
internal static class FunctionEndpoints
{

    public static void MapFunctions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/services/{service}/functions").WithTags("Functions").AddEndpointFilter<ServiceAccessFilter>();
        group.MapGet("/", ListAsync);
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

        if (!TryParseVisibility(body.Visibility, out var visibility))
        {
            return Problem.BadRequest("'visibility' must be \"public\", \"protected\" or \"private\".");
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
        var outcome = await deployer.DeployAsync(state, functionPath, body.Source, visibility, new FunctionLimits(body.TimeoutMs, body.MemoryMb), cancellationToken);
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
            deployed.Result.Version,
            deployed.Sha256,
            FunctionUrl(request, settings, service, functionPath),
            [.. deployed.Warnings.Select(DiagnosticDto.From)],
            deployed.Build.Id,
            deployed.Deployment.Id);
        return deployed.Result.IsNewFunction
            ? TypedResults.Created($"/api/services/{service}/functions{functionPath}", response)
            : TypedResults.Ok(response);
    }

    private static async Task<Ok<List<FunctionDto>>> ListAsync(string service, IScriptHostStore store, CancellationToken cancellationToken)
    {
        var functions = await store.Functions.ListFunctionsAsync(service, cancellationToken);
        return TypedResults.Ok(functions.Select(FunctionDto.From).ToList());
    }

    /// <summary>A function (<c>.../functions/{path}</c>), or one of its versions (<c>.../functions/{path}/versions/{n}</c>).</summary>
    private static async Task<Results<Ok<FunctionDetailsDto>, Ok<FunctionVersionDto>, ProblemHttpResult>> GetAsync(string service, string path, IScriptHostStore store, CancellationToken cancellationToken)
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

        var details = await store.Functions.GetFunctionAsync(service, functionPath, cancellationToken);
        if (details is null)
        {
            return Problem.NotFound($"No function at '{functionPath}'.");
        }

        var active = await store.Functions.GetVersionAsync(service, functionPath, details.Function.ActiveVersion, cancellationToken);
        return TypedResults.Ok(new FunctionDetailsDto(
            FunctionDto.From(details.Function),
            active?.Source,
            [.. details.Versions.Select(v => new FunctionVersionSummaryDto(v.Number, v.SourceSha256, v.CreatedAt))]));
    }

    private static async Task<Results<Ok<FunctionDto>, ProblemHttpResult>> ActivateOrNotFoundAsync(
        string service,
        string path,
        LiveServices live,
        FunctionDeployer deployer,
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
        var activated = await deployer.ActivateAsync(state, functionPath, version.Value, cancellationToken);
        return activated is null
            ? Problem.NotFound($"No version {version} of '{functionPath}'.")
            : TypedResults.Ok(FunctionDto.From(activated.Function) with { BuildId = activated.Build.Id, DeploymentId = activated.Deployment.Id });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string service, string path, LiveServices live, FunctionDeployer deployer, CancellationToken cancellationToken)
    {
        var functionPath = StoragePath.Normalize(path, out var error);
        if (functionPath is null)
        {
            return Problem.BadRequest(error!);
        }

        live.TryGetService(service, out var state);
        return await deployer.DeleteAsync(state, functionPath, cancellationToken)
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

    private static bool TryParseVisibility(string? raw, out FunctionVisibility visibility)
    {
        visibility = FunctionVisibility.Public;
        return raw is null || Enum.TryParse(raw, ignoreCase: true, out visibility) && Enum.IsDefined(visibility) && !int.TryParse(raw, out _);
    }

    internal static string FunctionUrl(HttpRequest request, ScriptHostOptions options, string service, string path) =>
        $"{PublicUrl.BaseOf(request, options)}/{service}{path}";
}
