using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Functions;
using ScriptHost.Problems;
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
        FunctionRegistry registry,
        FunctionRunner runner,
        IScriptHostStore store,
        IOptions<ScriptHostOptions> options,
        CancellationToken cancellationToken)
    {
        if (ReservedSegments.All.Contains(service) || !registry.TryGetService(service, out var serviceState))
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

        IncomingRequest incoming;
        try
        {
            incoming = await RequestReader.ReadAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken);
        }
        catch (RequestReader.BodyTooLargeException exception)
        {
            return Problem.Of(StatusCodes.Status413PayloadTooLarge, "Request too large", exception.Message);
        }
        catch (RequestReader.MalformedBodyException exception)
        {
            return Problem.BadRequest(exception.Message);
        }

        if (function.Visibility == FunctionVisibility.Protected)
        {
            var verdict = WebhookSignature.Check(request, incoming, serviceState, options.Value);
            if (verdict is not null)
            {
                return Problem.Forbidden(verdict);
            }
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
