using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Support;

/// <summary>Compiles, loads and invokes a script in one call, for tests that are about what happens when it runs.</summary>
public static class ScriptRunner
{
    public static async Task<LoadedScript> LoadAsync(string source)
    {
        var compiled = await SandboxFixture.Compiler.CompileAsync(source);
        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));
        return ScriptLoader.Load(compiled.Script!);
    }

    public static Task<InvocationResult> InvokeAsync(LoadedScript script, InvocationLimits limits) =>
        new FunctionInvoker().InvokeAsync(script, new TestHost(), limits);
}
