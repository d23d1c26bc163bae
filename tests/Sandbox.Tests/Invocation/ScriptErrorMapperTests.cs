using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Invocation;

/// <summary>Which file a runtime error names: a shared code file by its path, the function itself by none.</summary>
[Collection(ScriptCollection.Name)]
public sealed class ScriptErrorMapperTests
{
    [Fact]
    public async Task Map_ThrowInFunctionBesideSharedCode_ReportsTheFunctionsLineWithoutAFile()
    {
        var error = await ErrorOfAsync("var one = Numbers.One();\nthrow new InvalidOperationException(\"boom\");", [new SharedCodeFile("lib/numbers.cs", "public static class Numbers { public static int One() => 1; }")]);

        Assert.Equal((2, (string?)null), (error.Line, error.File));
    }

    [Fact]
    public async Task Map_ThrowUnderTheAuthorsLineDirective_KeepsTheLineButNotAnInventedName()
    {
        var error = await ErrorOfAsync("#line 40 \"" + new string('x', 5000) + "\"\nthrow new InvalidOperationException(\"boom\");", []);

        Assert.Equal((40, (string?)null), (error.Line, error.File));
    }

    private static async Task<ScriptError> ErrorOfAsync(string source, IReadOnlyList<SharedCodeFile> sharedCode)
    {
        var compiled = await SandboxFixture.Compiler.CompileAsync(source, "function.csx", sharedCode);
        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));
        var loaded = ScriptLoader.Load(compiled.Script!);
        try
        {
            var result = await new FunctionInvoker().InvokeAsync(loaded, new TestHost(), InvocationLimits.Default);
            Assert.Equal(InvocationStatus.Faulted, result.Status);
            return result.Error!;
        }
        finally
        {
            loaded.Unload();
        }
    }
}
