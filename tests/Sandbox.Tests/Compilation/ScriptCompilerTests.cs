using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Compilation;

[Collection(ScriptCollection.Name)]
public sealed class ScriptCompilerTests
{
    private static readonly ScriptCompiler Compiler = SandboxFixture.Compiler;

    [Fact]
    public async Task Compile_FinalExpression_RunsAndReturnsIt()
    {
        var result = await Compiler.CompileAsync("var x = 20;\nx * 2 + Input.Length");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var loaded = ScriptLoader.Load(result.Script!);
        var outcome = await new FunctionInvoker().InvokeAsync(loaded, new TestHost("ab"), InvocationLimits.Default);
        Assert.Equal(InvocationStatus.Completed, outcome.Status);
        Assert.Equal(42, outcome.Value);
    }

    [Fact]
    public async Task Compile_SyntaxError_ReportsLineAndColumnInUserSource()
    {
        var result = await Compiler.CompileAsync("var a = 1;\nvar b = ;\n");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("CS1525", error.Id);
        Assert.Equal(2, error.Line);
        Assert.Equal(9, error.Column);
    }

    [Fact]
    public async Task Invoke_ScriptThrows_ReportsTypeMessageAndLine()
    {
        var result = await Compiler.CompileAsync("var a = 1;\nif (a == 1)\n    throw new InvalidOperationException(\"boom\");\nreturn a;");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var outcome = await new FunctionInvoker().InvokeAsync(ScriptLoader.Load(result.Script!), new TestHost(), InvocationLimits.Default);
        Assert.Equal(InvocationStatus.Faulted, outcome.Status);
        Assert.Equal("System.InvalidOperationException", outcome.Error!.Type);
        Assert.Equal("boom", outcome.Error.Message);
        Assert.Equal(3, outcome.Error.Line);
    }

    [Fact]
    public void KeyFor_LibraryAssembliesOrALibrarySection_ChangeTheKey()
    {
        // A build made before a library (or an edit of its section) must not be served after it: both are in the key.
        const string source = "return 1;";
        var withLibrary = new ScriptCompiler(TestLibraryPolicy.Options);
        var sectionOnly = new ScriptCompiler(new SandboxOptions
        {
            GlobalsType = typeof(TestHost),
            ApiAssemblies = [typeof(TestHost).Assembly],
            AllowlistForTests = TestLibraryPolicy.Allowlist,
        });
        Assert.NotEqual(Compiler.KeyFor(source), sectionOnly.KeyFor(source));
        Assert.NotEqual(sectionOnly.KeyFor(source), withLibrary.KeyFor(source));
    }

    [Fact]
    public void Constructor_LibraryWithoutAnAllowlistSection_Throws()
    {
        var options = new SandboxOptions
        {
            GlobalsType = typeof(TestHost),
            ApiAssemblies = [typeof(TestHost).Assembly],
            LibraryAssemblies = [TestLibraryPolicy.Library],
        };

        var error = Assert.Throws<ArgumentException>(() => new ScriptCompiler(options));
        Assert.Contains("'[library TestLibrary]'", error.Message, StringComparison.Ordinal);
    }
}
