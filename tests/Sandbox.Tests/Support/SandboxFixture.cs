using ScriptHost.Sandbox;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Support;

/// <summary>One compiler per test run: building references and the template compilation is the slow part.</summary>
public sealed class SandboxFixture
{
    public static ScriptCompiler Compiler { get; } = new(new SandboxOptions
    {
        GlobalsType = typeof(TestHost),
        ApiAssemblies = [typeof(TestHost).Assembly],
    });
}
