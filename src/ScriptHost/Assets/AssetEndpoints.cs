using AssetVisibility = ScriptHost.Storage.Assets.AssetVisibility;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ScriptHost.Api.Contracts.Assets;
using ScriptHost.Configuration;
using ScriptHost.Contracts;
using ScriptHost.Problems;
using ScriptHost.RequestBodies;
using ScriptHost.Security;
using ScriptHost.Serving;
using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Assets;

/// <summary>
/// <c>/api/services/{service}/assets</c>: upload raw bytes to production (type as in <see cref="AssetContentType"/>,
/// <c>?visibility=public|protected|private</c>) and delete there, each a build and a deployment; list what an
/// environment serves. Public assets are served at <c>/{service}/{path}</c>, protected ones there only to requests
/// Twilio signed (as protected functions are); private ones only to the service's functions.
/// </summary>
internal static class AssetEndpoints
{
    /// <summary>
    /// Largest asset upload: files are larger than API calls, so 32 MiB, or <c>ScriptHost:MaxRequestBodyBytes</c> when
    /// that is set higher.
    /// </summary>
    public static long MaxUploadBytes(ScriptHostOptions options) => Math.Max(options.MaxRequestBodyBytes, 32L * 1024 * 1024);

    public static void MapAssets(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<ScriptHostOptions>>().Value;
        var group = app.MapGroup("/api/services/{service}/assets").WithTags("Assets").AddEndpointFilter<ServiceAccessFilter>();
        group.MapGet("/", List);

        // The body is the file itself, in any media type (kept as the asset's Content-Type), never decoded.
        group.MapPut("/{**path}", PutAsync).Accepts<Stream>("*/*").WithBodyLimit(MaxUploadBytes(options));
        group.MapDelete("/{**path}", DeleteAsync);
    }

    /// <summary>The assets an environment serves (production unless <c>?environment=</c>), each as it is live there.</summary>
    private static Results<Ok<List<AssetDto>>, ProblemHttpResult> List(string service, string? environment, LiveServices live)
    {
        live.TryGetService(service, out var state);
        if (!state.TryGetEnvironment(environment, out var listed))
        {
            return Problem.UnknownEnvironment(service, environment!);
        }

        return TypedResults.Ok(listed.Live.Assets.Values
            .OrderBy(asset => asset.Path, StringComparer.Ordinal)
            .Select(AssetDto.From)
            .ToList());
    }

    private static async Task<Results<Ok<AssetDto>, ProblemHttpResult>> PutAsync(
        string service,
        string path,
        string? visibility,
        string? environment,
        HttpRequest request,
        LiveServices live,
        AssetDeployer deployer,
        CancellationToken cancellationToken)
    {
        var assetPath = StoragePath.Normalize(path, out var error);
        if (assetPath is null)
        {
            return Problem.BadRequest(error!);
        }

        if (!VisibilityText.TryParse(visibility, AssetVisibility.Public, out var parsedVisibility))
        {
            return Problem.BadRequest(VisibilityText.Rule);
        }

        // Stored and served back as a response header: it must be a media type a header can carry.
        var contentType = AssetContentType.For(assetPath, request.ContentType);
        if (!AssetContentType.IsServable(contentType))
        {
            return Problem.BadRequest("The Content-Type is not a valid media type (e.g. 'text/plain; charset=utf-8').");
        }

        live.TryGetService(service, out var state);
        if (!state.TryGetEnvironment(environment, out var target))
        {
            return Problem.UnknownEnvironment(service, environment!);
        }

        using var content = new MemoryStream();
        await request.Body.CopyToAsync(content, cancellationToken);
        return TypedResults.Ok(await deployer.PutAsync(state, target, assetPath, content.ToArray(), contentType, parsedVisibility, cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string service, string path, string? environment, LiveServices live, AssetDeployer deployer, CancellationToken cancellationToken)
    {
        var assetPath = StoragePath.Normalize(path, out var error);
        if (assetPath is null)
        {
            return Problem.BadRequest(error!);
        }

        live.TryGetService(service, out var state);
        if (!state.TryGetEnvironment(environment, out var target))
        {
            return Problem.UnknownEnvironment(service, environment!);
        }

        return await deployer.DeleteAsync(state, target, assetPath, cancellationToken)
            ? TypedResults.NoContent()
            : Problem.NotFound($"No asset at '{assetPath}'.");
    }
}
