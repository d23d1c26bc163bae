using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using ScriptHost.Problems;

namespace ScriptHost.WebConsole;

/// <summary>
/// <c>/console</c>: the browser console, built into the host (see <see cref="WebConsoleFiles"/>). The page is rendered
/// per response with a fresh CSP nonce and never cached; the assets have content-hashed names and are cached for good.
/// Not in the OpenAPI document (not part of the API). On an environment's host name every path is a function, so
/// <see cref="Serving.EnvironmentHostRouting"/> has rewritten the path before these routes could match: the console is
/// served on the host's other names only.
/// </summary>
internal static class WebConsoleEndpoints
{
    private const string NotBuiltPage =
        "<!doctype html><meta charset=\"utf-8\"><title>ScriptHost console</title>"
        + "<p>This ScriptHost was built without its console (-p:ScriptHostWebConsole=false). Build it with Node.js 20 or later installed to serve it here.</p>";

    public static void MapWebConsole(this IEndpointRouteBuilder app)
    {
        // One route for the page and its redirect: routing treats "/console" and "/console/" as the same template.
        app.MapGet("/console/{**rest}", Page).ExcludeFromDescription();
        app.MapGet("/console/assets/{name}", Asset).ExcludeFromDescription();
    }

    private static IResult Page(string? rest, HttpContext context, WebConsoleFiles files)
    {
        if (!string.IsNullOrEmpty(rest))
        {
            ConsoleSecurityHeaders.Apply(context.Response, nonce: null);
            return Problem.NotFound($"The console has no page '/console/{rest}'.");
        }

        return context.Request.Path.Value!.EndsWith('/') ? Index(context, files) : TypedResults.Redirect("/console/", permanent: true);
    }

    private static ContentHttpResult Index(HttpContext context, WebConsoleFiles files)
    {
        var nonce = ConsoleSecurityHeaders.NewNonce();
        ConsoleSecurityHeaders.Apply(context.Response, nonce);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(files.IsBuilt ? files.IndexWithNonce(nonce) : NotBuiltPage, "text/html; charset=utf-8");
    }

    private static IResult Asset(string name, HttpContext context, WebConsoleFiles files)
    {
        ConsoleSecurityHeaders.Apply(context.Response, nonce: null);
        if (!files.TryGetAsset(name, out var asset))
        {
            return Problem.NotFound($"The console has no asset '{name}'.");
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.Vary = HeaderNames.AcceptEncoding;
        if (asset.Gzipped is { } gzipped && AcceptsGzip(context.Request))
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(gzipped, asset.ContentType);
        }

        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);
}
