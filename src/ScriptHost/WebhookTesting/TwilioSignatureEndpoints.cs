using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ScriptHost.Api.Contracts.WebhookTesting;
using ScriptHost.Configuration;
using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Invocation;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Serving;
using ScriptHost.Storage.Validation;
using ScriptHost.Twilio;

namespace ScriptHost.WebhookTesting;

/// <summary>
/// <c>POST /api/services/{service}/environments/{environment}/twilio-signature</c>: signs a request to one of the
/// service's functions (or assets) as Twilio would, so the console can send it "as Twilio" and exercise a protected
/// function or asset for real. The server signs because secrets never leave it: the key is the environment's effective
/// <c>TWILIO_AUTH_TOKEN</c>, read from the same variables the invocation's check reads, over the URL that check will
/// rebuild (the public base URL, else this request's scheme and host, then the environment's path form). Only this
/// service's URLs are signed: the path names a function or asset, never a host or another service.
/// </summary>
internal static class TwilioSignatureEndpoints
{
    private const string BodyHashParameter = "bodySHA256";

    public static void MapTwilioSignature(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/services/{service}/environments/{environment}/twilio-signature", Sign)
            .WithTags("Environments")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AddEndpointFilter<ServiceAccessFilter>();
    }

    private static Results<Ok<TwilioSignatureDto>, ProblemHttpResult> Sign(
        string service, string environment, TwilioSignatureRequest? body, HttpRequest request, LiveServices live, IOptions<ScriptHostOptions> options)
    {
        live.TryGetService(service, out var serviceState);
        if (!serviceState.Environments.TryGetValue(environment, out var environmentState))
        {
            return Problem.UnknownEnvironment(service, environment);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (functionPath, query) = SplitQuery(body?.Path);
        if (!StoragePath.IsValid(functionPath))
        {
            errors["path"] = [$"The path must name one of this service's functions or assets, such as /sms: {StoragePath.Rule}, optionally followed by ?query."];
        }

        var method = body?.Method?.ToUpperInvariant();
        if (method is not ("GET" or "POST"))
        {
            errors["method"] = ["The method must be GET or POST."];
        }
        else if (method == "GET" && body?.Json is not null)
        {
            errors["json"] = ["A GET request has no body: send parameters instead."];
        }

        if (body?.Json is not null && body.Parameters is { Count: > 0 })
        {
            errors["parameters"] = ["Send form parameters or a JSON body, not both."];
        }

        if (errors.Count > 0)
        {
            return Problem.Of(StatusCodes.Status400BadRequest, "Invalid request to sign", $"{errors.Count} field(s) are not valid; nothing was signed.", new Dictionary<string, object?> { ["errors"] = errors });
        }

        var variables = environmentState.Capture(serviceState).Variables;
        if (!variables.TryGetValue(WebhookSignature.AuthTokenVariable, out var authToken) || authToken.Length == 0)
        {
            return Problem.Conflict(
                $"Environment '{environment}' has no {WebhookSignature.AuthTokenVariable} variable to sign with (nor does the service's defaults): set it, as the invocation checks signatures with it.");
        }

        var parameters = body!.Parameters ?? [];
        var signedQuery = method == "GET"
            ? query.Add(QueryString.Create(parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))))
            : body.Json is { } json
                ? query.Add(BodyHashParameter, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))))
                : query;

        // The path as the invocation sees it once the browser sends it: PathString encodes it the same way there.
        var path = request.PathBase + new PathString($"/{ServiceAddress.Format(service, environment)}{functionPath}") + signedQuery;
        var url = PublicUrl.BaseOf(request, options.Value) + path;
        var signature = method == "POST" && body.Json is null
            ? TwilioWebhookSigner.Sign(authToken, url, parameters)
            : TwilioWebhookSigner.Sign(authToken, url);
        return TypedResults.Ok(new TwilioSignatureDto(url, path, signature));
    }

    /// <summary>The function path and the query string that follows it (as given: it is sent and signed as it is).</summary>
    private static (string? Path, QueryString Query) SplitQuery(string? path)
    {
        if (path is null)
        {
            return (null, QueryString.Empty);
        }

        var question = path.IndexOf('?', StringComparison.Ordinal);
        var functionPath = question < 0 ? path : path[..question];
        functionPath = functionPath.StartsWith('/') ? functionPath : "/" + functionPath;
        return (functionPath, question < 0 || question == path.Length - 1 ? QueryString.Empty : new QueryString(path[question..]));
    }
}
