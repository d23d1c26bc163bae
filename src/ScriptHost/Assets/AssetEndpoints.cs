using ScriptHost.FunctionManagement;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Storage;
using ScriptHost.Storage.Assets;

namespace ScriptHost.Assets;

/// <summary>
/// <c>/api/services/{service}/assets</c>: upload raw bytes (Content-Type kept, <c>?visibility=public|private</c>), list
/// and delete. Public assets are served at <c>/{service}/{path}</c>; private ones only to the service's functions.
/// </summary>
internal static class AssetEndpoints
{
    public static void MapAssets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/services/{service}/assets").WithTags("Assets").AddEndpointFilter<ServiceAccessFilter>();
        group.MapGet("/", ListAsync);
        group.MapPut("/{**path}", PutAsync);
        group.MapDelete("/{**path}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(string service, IScriptHostStore store, CancellationToken cancellationToken)
    {
        var assets = await store.Assets.ListAssetsAsync(service, cancellationToken);
        return TypedResults.Ok(assets.Select(Describe));
    }

    private static async Task<IResult> PutAsync(
        string service,
        string path,
        string? visibility,
        HttpRequest request,
        IScriptHostStore store,
        CancellationToken cancellationToken)
    {
        var assetPath = FunctionPaths.Normalize(path, out var error);
        if (assetPath is null)
        {
            return Problem.BadRequest(error!);
        }

        var parsedVisibility = AssetVisibility.Public;
        if (visibility is not null && (!Enum.TryParse(visibility, ignoreCase: true, out parsedVisibility) || int.TryParse(visibility, out _)))
        {
            return Problem.BadRequest("'visibility' must be \"public\" or \"private\".");
        }

        // Stored and served back as a response header: it must be a media type a header can carry.
        var contentType = string.IsNullOrEmpty(request.ContentType) ? "application/octet-stream" : request.ContentType;
        if (!IsServableMediaType(contentType))
        {
            return Problem.BadRequest("The Content-Type is not a valid media type (e.g. 'text/plain; charset=utf-8').");
        }

        using var content = new MemoryStream();
        await request.Body.CopyToAsync(content, cancellationToken);
        var info = await store.Assets.PutAssetAsync(service, assetPath, content.ToArray(), contentType, parsedVisibility, cancellationToken);
        return TypedResults.Ok(Describe(info));
    }

    private static async Task<IResult> DeleteAsync(string service, string path, IScriptHostStore store, CancellationToken cancellationToken)
    {
        var assetPath = FunctionPaths.Normalize(path, out var error);
        if (assetPath is null)
        {
            return Problem.BadRequest(error!);
        }

        return await store.Assets.DeleteAssetAsync(service, assetPath, cancellationToken)
            ? TypedResults.NoContent()
            : Problem.NotFound($"No asset at '{assetPath}'.");
    }

    private static bool IsServableMediaType(string contentType) =>
        contentType.All(c => c is >= ' ' and <= '~') && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out _);

    private static object Describe(AssetInfo info) => new
    {
        path = info.Path,
        contentType = info.ContentType,
        visibility = info.Visibility.ToString().ToLowerInvariant(),
        length = info.Length,
        uploadedAt = info.UploadedAt,
    };
}
