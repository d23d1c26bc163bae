using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Storage.Functions;

namespace ScriptHost.Functions;

/// <summary>A function's live version as the request path sees it: everything needed to run it, in memory.</summary>
internal sealed record DeployedFunction(
    string Service,
    string Path,
    int Version,
    FunctionVisibility Visibility,
    InvocationLimits Limits,
    CompiledScript Compiled);
