using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Problems;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Functions;
using ScriptHost.Twilio;

namespace ScriptHost.Invocation;

/// <summary>
/// <c>GET|POST|OPTIONS /{service}/{*path}</c>: resolves the function from memory, enforces its visibility, runs it
/// and answers; public assets are served under the same prefix.
/// </summary>
internal static class InvocationEndpoints
{
    public static void MapInvocation(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/{service}/{**path}", ["GET", "POST", "OPTIONS", "HEAD"], InvokeAsync)
            .ExcludeFromDescription();
    }

    private static async Task<IResult> InvokeAsync(
        HttpContext http,
        string service,
        string? path,
        LiveServices live,
        FunctionRunner runner,
        IScriptHostStore store,
        IOptions<ScriptHostOptions> options,
        CancellationToken cancellationToken)
    {
        if (ReservedSegments.All.Contains(service) || !live.TryGetService(service, out var serviceState))
        {
            return Problem.NotFound($"No service '{service}'.");
        }

        var functionPath = "/" + (path ?? string.Empty);
        var request = http.Request;

        if (!serviceState.Functions.TryGetValue(functionPath, out var function) || function.Visibility == FunctionVisibility.Private)
        {
            return await ServeAssetAsync(store, service, functionPath, request.Method, cancellationToken);
        }

        if (HttpMethods.IsOptions(request.Method))
        {
            return CorsPreflight.Answer(http, serviceState);
        }

        // An unsigned request to a protected function is refused before its body is read: 403 whatever the body.
        var isProtected = function.Visibility == FunctionVisibility.Protected;
        if (isProtected && WebhookSignature.CheckPresent(request, serviceState.Environment) is { } unsigned)
        {
            return Problem.Forbidden(unsigned);
        }

        // A body that cannot be read answers 400/413/415 (BadHttpRequestException): the signature covers the parsed
        // form parameters, so it can only be checked on a body that parses.
        var incoming = await RequestReader.ReadAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (isProtected && WebhookSignature.Check(
                request,
                serviceState.Environment,
                PublicUrl.Of(request, options.Value),
                incoming.BodyIsJson ? System.Text.Encoding.UTF8.GetString(incoming.Body) : null,
                incoming.BodyParameters) is { } verdict)
        {
            return Problem.Forbidden(verdict);
        }

        CorsPreflight.AddOriginHeader(http, serviceState);
        var functionRequest = new Functions.FunctionRequest(
            request.Method,
            request.Path.Value ?? string.Empty,
            LowerCasedHeaders(request),
            request.Cookies.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
            System.Text.Encoding.UTF8.GetString(incoming.Body));
        var result = await runner.RunAsync(
            serviceState,
            function,
            FunctionEventBuilder.Build(incoming),
            functionRequest,
            PublicUrl.DomainName(request, options.Value),
            depth: 0,
            cancellationToken);
        return result.Http;
    }

    private static Dictionary<string, string> LowerCasedHeaders(HttpRequest request)
    {
        var headers = new Dictionary<string, string>(request.Headers.Count, StringComparer.Ordinal);
        foreach (var (name, value) in request.Headers)
        {
            headers[name.ToLowerInvariant()] = value.ToString();
        }

        return headers;
    }

    private static async Task<IResult> ServeAssetAsync(IScriptHostStore store, string service, string path, string method, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            return Problem.NotFound($"No function at '{path}' in service '{service}'.");
        }

        var asset = await store.Assets.GetAssetAsync(service, path, cancellationToken);
        if (asset is null || asset.Info.Visibility != AssetVisibility.Public)
        {
            return Problem.NotFound($"No function or public asset at '{path}' in service '{service}'.");
        }

        return TypedResults.Bytes(asset.Content, asset.Info.ContentType);
    }
}
