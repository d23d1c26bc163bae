using ScriptHost.Functions;
using ScriptHost.Serving;

namespace ScriptHost.Invocation.HostApis;

/// <summary>
/// A function's <c>Functions</c>: calls another function of the same service, private ones included. The depth is
/// carried explicitly (not in ambient state) because a worker's calls are served on the host's own tasks.
/// </summary>
internal sealed class FunctionCaller(
    FunctionRunner runner,
    ServiceState service,
    FunctionRequest caller,
    string domainName,
    int depth,
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

        if (!FunctionRunner.CanCallDeeper(depth))
        {
            throw new InvalidOperationException($"Functions may call functions at most {FunctionRunner.MaxCallDepth} deep.");
        }

        var request = new FunctionRequest("POST", "/" + service.Name + normalized, caller.Headers, caller.Cookies, string.Empty);
        var result = await runner.RunAsync(service, function, FunctionEventBuilder.FromParameters(parameters), request, domainName, depth, cancellation);
        var (status, contentType, body) = result.AsText();
        return new FunctionCallResult(status, contentType ?? string.Empty, body);
    }
}
