using ScriptHost.Functions;
using ScriptHost.Serving;

namespace ScriptHost.Invocation.HostApis;

/// <summary>
/// A function's <c>Functions</c>: calls another function of the same service, private ones included, in the build the
/// request captured (a deployment that lands meanwhile does not mix builds within one request). The depth is carried
/// explicitly (not in ambient state) because a worker's calls are served on the host's own tasks.
/// </summary>
internal sealed class FunctionCaller(
    FunctionRunner runner,
    EnvironmentSnapshot environment,
    FunctionRequest caller,
    string domainName,
    int depth,
    CancellationToken cancellation) : IFunctionCaller
{
    public async Task<FunctionCallResult> InvokeAsync(string path, IReadOnlyDictionary<string, string>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var normalized = path.StartsWith('/') ? path : "/" + path;
        if (!environment.Build.Functions.TryGetValue(normalized, out var function))
        {
            return new FunctionCallResult(404, "text/plain", $"No function at '{normalized}'.");
        }

        if (!FunctionRunner.CanCallDeeper(depth))
        {
            throw new InvalidOperationException($"Functions may call functions at most {FunctionRunner.MaxCallDepth} deep.");
        }

        var address = ServiceAddress.Format(environment.Service.Name, environment.Environment);
        var request = new FunctionRequest("POST", "/" + address + normalized, caller.Headers, caller.Cookies, string.Empty);
        var result = await runner.RunAsync(environment, function, FunctionEventBuilder.FromParameters(parameters), request, domainName, depth, cancellation);
        var (status, contentType, body) = result.AsText();
        return new FunctionCallResult(status, contentType ?? string.Empty, body);
    }
}
