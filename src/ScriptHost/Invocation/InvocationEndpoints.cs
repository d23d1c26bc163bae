using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Problems;
using ScriptHost.Serving;
using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Validation;
using ScriptHost.Twilio;

namespace ScriptHost.Invocation;

/// <summary>
/// <c>GET|POST|OPTIONS /{service}[@{environment}]/{*path}</c>: captures the environment's live build once, resolves
/// the function in it, enforces its visibility, runs it and answers; the build's public assets, and its protected ones
/// to requests Twilio signed, are served under the same prefix. Without <c>@environment</c> the URL means production.
/// </summary>
internal static class InvocationEndpoints
{
    /// <summary>The response header naming the invocation, as its log lines and its record name it.</summary>
    public const string InvocationIdHeader = "X-Invocation-Id";

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
        AssetContents assets,
        IOptions<ScriptHostOptions> options,
        CancellationToken cancellationToken)
    {
        var address = ServiceAddress.Parse(service);
        if (ReservedSegments.All.Contains(address.Service) || !live.TryGetService(address.Service, out var serviceState))
        {
            return Problem.NotFound($"No service '{address.Service}'.");
        }

        if (!serviceState.Environments.TryGetValue(address.Environment, out var environmentState))
        {
            return Problem.UnknownEnvironment(address.Service, address.Environment);
        }

        // Everything this request does uses this one capture: a deployment landing meanwhile does not mix builds.
        var environment = environmentState.Capture(serviceState);
        var functionPath = "/" + (path ?? string.Empty);
        var request = http.Request;

        if (!environment.Build.Functions.TryGetValue(functionPath, out var function) || function.Visibility == FunctionVisibility.Private)
        {
            return await ServeAssetAsync(request, assets, environment, functionPath, options.Value, cancellationToken);
        }

        if (HttpMethods.IsOptions(request.Method))
        {
            return CorsPreflight.Answer(http, serviceState);
        }

        // An unsigned request to a protected function is refused before its body is read: 403 whatever the body.
        var isProtected = function.Visibility == FunctionVisibility.Protected;
        if (isProtected && WebhookSignature.CheckPresent(request, environment.Variables) is { } unsigned)
        {
            return Problem.Forbidden(unsigned);
        }

        // A body that cannot be read answers 400/413/415 (BadHttpRequestException): the signature covers the parsed
        // form parameters, so it can only be checked on a body that parses.
        var incoming = await RequestReader.ReadAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (isProtected && WebhookSignature.Check(
                request,
                environment.Variables,
                PublicUrl.Of(request, options.Value),
                incoming.BodyIsJson ? System.Text.Encoding.UTF8.GetString(incoming.Body) : null,
                incoming.BodyParameters) is { } verdict)
        {
            return Problem.Forbidden(verdict);
        }

        CorsPreflight.AddOriginHeader(http, serviceState);
        var functionRequest = new Functions.FunctionRequest(
            request.Method,
            PublicUrl.PathOf(request).Value ?? string.Empty,
            LowerCasedHeaders(request),
            request.Cookies.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
            System.Text.Encoding.UTF8.GetString(incoming.Body));
        var result = await runner.RunAsync(
            environment,
            function,
            FunctionEventBuilder.Build(incoming),
            functionRequest,
            PublicUrl.DomainName(request, options.Value),
            depth: 0,
            cancellationToken);

        // Set before the answer is written, so it comes with every answer of a run, the function's and the host's.
        http.Response.Headers[InvocationIdHeader] = result.InvocationId;
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

    private static async Task<IResult> ServeAssetAsync(
        HttpRequest request, AssetContents assets, EnvironmentSnapshot environment, string path, ScriptHostOptions options, CancellationToken cancellationToken)
    {
        var address = ServiceAddress.Format(environment.Service.Name, environment.Environment);
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return Problem.NotFound($"No function at '{path}' in '{address}'.");
        }

        if (!StoragePath.IsValid(path))
        {
            return Problem.BadRequest($"'{path}' is not a valid path: use {StoragePath.Rule}.");
        }

        // Served: public and protected assets; private ones (and any visibility added later) only to functions.
        if (!environment.Build.Assets.TryGetValue(path, out var asset) || asset.Visibility is not (AssetVisibility.Public or AssetVisibility.Protected))
        {
            return NoAsset(path, address);
        }

        // A protected asset answers as a protected function does: the same check, over the URL the caller used. A GET
        // or HEAD has no body to sign, so the signature covers the URL (its query included) alone.
        if (asset.Visibility == AssetVisibility.Protected
            && WebhookSignature.Check(request, environment.Variables, PublicUrl.Of(request, options), jsonBody: null, formParameters: []) is { } verdict)
        {
            return Problem.Forbidden(verdict);
        }

        if (await assets.ReadAsync(environment.Service.Name, asset, cancellationToken) is not { } content)
        {
            return NoAsset(path, address);
        }

        return TypedResults.Bytes(content, asset.ContentType);
    }

    private static ProblemHttpResult NoAsset(string path, string address) =>
        Problem.NotFound($"No function or served asset at '{path}' in '{address}'.");
}
