using System.Text;
using ScriptHost.Functions;

namespace ScriptHost.Invocation.HostApis;

/// <summary>A function's <c>Functions</c>: calls another function of the same service, private ones included.</summary>
internal sealed class FunctionCaller(
    FunctionRunner runner,
    ServiceState service,
    FunctionRequest caller,
    string domainName,
    CancellationToken cancellation) : IFunctionCaller
{
    public async Task<FunctionCallResult> InvokeAsync(string path, IReadOnlyDictionary<string, string>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var normalized = path.StartsWith('/') ? path : "/" + path;
        if (!service.Functions.TryGetValue(normalized, out var function))
        {
            return new FunctionCallResult(404, "text/plain", $"No function at '{normalized}'.");
        }

        if (!FunctionRunner.CanCallDeeper)
        {
            throw new InvalidOperationException($"Functions may call functions at most {FunctionRunner.MaxCallDepth} deep.");
        }

        var values = (parameters ?? new Dictionary<string, string>())
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[p.Value], StringComparer.Ordinal);
        var request = new FunctionRequest("POST", "/" + service.Name + normalized, caller.Headers, caller.Cookies, string.Empty);
        var result = await runner.RunAsync(service, function, new FunctionEvent(values), request, domainName, cancellation);
        if (result.Http is RenderedFunctionResult rendered)
        {
            return new FunctionCallResult(
                rendered.Response.StatusCode,
                rendered.Response.ContentType ?? string.Empty,
                Encoding.UTF8.GetString(rendered.Response.Body));
        }

        return new FunctionCallResult(result.HttpStatus, "application/problem+json", result.Invocation.Error?.Message ?? string.Empty);
    }
}
