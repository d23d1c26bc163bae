using ScriptHost.Functions;
using ScriptHost.Invocation.HostApis;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Serving;

namespace ScriptHost.Invocation;

/// <summary>One function run, as either isolation mode needs it.</summary>
/// <param name="Service">The service it runs for.</param>
/// <param name="Environment">The environment it runs in, as the request captured it (its build and variables).</param>
/// <param name="FunctionPath">Its path (or the snippet's pseudo-path).</param>
/// <param name="Owner">Whose load it runs in (one version of one function; unique for a snippet).</param>
/// <param name="Compiled">Its compiled image.</param>
/// <param name="Deployed">The deployed version, when it is one (in-process runs keep its load cached); null for a snippet.</param>
/// <param name="Event">Its event.</param>
/// <param name="Request">Its request.</param>
/// <param name="DomainName">The host name it was reached at.</param>
/// <param name="Limits">Its limits.</param>
/// <param name="CreateApis">Makes its host APIs, bound to its service, on the invocation's token.</param>
internal sealed record FunctionInvocation(
    ServiceState Service,
    EnvironmentSnapshot Environment,
    string FunctionPath,
    string Owner,
    CompiledScript Compiled,
    DeployedFunction? Deployed,
    FunctionEvent Event,
    FunctionRequest Request,
    string DomainName,
    InvocationLimits Limits,
    Func<CancellationToken, HostApiSet> CreateApis)
{
    /// <summary>The function's service and path: what crashes are counted against and suspensions apply to.</summary>
    public string FunctionKey => Service.Name + FunctionPath;
}
