using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Compilation.SharedCode;

/// <summary>
/// A function compiled with its build's shared code, beyond what the case folders (Cases/SharedCode) show: keys,
/// file names, bounds, and statics across functions. Guards, policy and error locations are cases there.
/// </summary>
[Collection(ScriptCollection.Name)]
public sealed class SharedCodeCompileTests
{
    private static readonly ScriptCompiler Compiler = SandboxFixture.Compiler;

    private static readonly SharedCodeFile Counter = new(
        "lib/counter.cs", "public static class Counter\n{\n    private static int s_count;\n\n    public static int Next() => ++s_count;\n}\n");

    [Fact]
    public async Task Invoke_FunctionsUsingSharedStatics_EachLoadCountsOnItsOwn()
    {
        // Two functions of one build, and a second load of the first (another owner, another deployment).
        var counting = await CompiledAsync("Counter.Next();\nCounter.Next();\nreturn Counter.Next();", [Counter]);
        var first = ScriptLoader.Load(counting);
        var second = ScriptLoader.Load(await CompiledAsync("return Counter.Next();", [Counter]));
        var firstAgain = ScriptLoader.Load(counting);
        try
        {
            Assert.Equal(3, await RunAsync(first));
            Assert.Equal(1, await RunAsync(second));
            Assert.Equal(3, await RunAsync(firstAgain));
            Assert.Equal(6, await RunAsync(first));
        }
        finally
        {
            first.Unload();
            second.Unload();
            firstAgain.Unload();
        }
    }

    [Fact]
    public void KeyFor_SharedCodeUnchanged_KeepsTheKey()
    {
        const string source = "return Counter.Next();";

        Assert.Equal(Compiler.KeyFor(source, [Counter]), Compiler.KeyFor(source, [Counter with { }]));
        Assert.Equal(Compiler.KeyFor(source), Compiler.KeyFor(source, []));
    }

    [Fact]
    public void KeyFor_SharedCodeEditedAddedRenamedOrReordered_ChangesTheKey()
    {
        const string source = "return Counter.Next();";
        var other = new SharedCodeFile("lib/other.cs", "public static class Other {}");
        var keys = new[]
        {
            Compiler.KeyFor(source),
            Compiler.KeyFor(source, [Counter]),
            Compiler.KeyFor(source, [Counter with { Source = Counter.Source + "\n" }]),
            Compiler.KeyFor(source, [Counter with { Path = "lib/counters.cs" }]),
            Compiler.KeyFor(source, [Counter, other]),
            Compiler.KeyFor(source, [other, Counter]),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public async Task Compile_FunctionFileName_NamesTheFunctionsDiagnosticsButNotTheBuild()
    {
        const string broken = "int x = \"text\";\nreturn x;";

        var unnamed = await Compiler.CompileAsync(broken);
        var named = await Compiler.CompileAsync(broken, "functions/sms.cs", []);
        var first = await CompiledAsync("return Counter.Next();", [Counter], "functions/a.cs");
        var second = await CompiledAsync("return Counter.Next();", [Counter], "functions/b.cs");

        Assert.Null(Assert.Single(unnamed.Errors).File);
        Assert.Equal(("functions/sms.cs", 1, 9), (Assert.Single(named.Errors).File, named.Errors.Single().Line, named.Errors.Single().Column));
        Assert.Equal(first.Key, second.Key);
    }

    [Fact]
    public async Task Compile_FunctionAndSharedCodeOverTheSourceLimitTogether_IsRefused()
    {
        var compiler = new ScriptCompiler(new SandboxOptions
        {
            GlobalsType = typeof(TestHost),
            ApiAssemblies = [typeof(TestHost).Assembly],
            MaxSourceBytes = 1024,
        });
        var half = "// " + new string('x', 600) + "\n";

        var alone = await compiler.CompileAsync(half + "return 1;", "f.csx", []);
        var together = await compiler.CompileAsync(half + "return 1;", "f.csx", [new SharedCodeFile("lib/a.cs", half + "class A {}")]);

        Assert.True(alone.Succeeded, string.Join("; ", alone.Diagnostics));
        Assert.Equal(SandboxDiagnosticIds.SourceTooLarge, Assert.Single(together.Errors).Id);
    }

    [Fact]
    public async Task Compile_TopLevelConstantMethodAndTypesInSharedCode_AreAccepted()
    {
        var lib = new SharedCodeFile(
            "lib/kinds.cs",
            "const int Answer = 42;\nstatic int Twice(int x) => x * 2;\ninterface IShape { int Sides { get; } }\nenum Color { Red }\nstruct Square : IShape { public int Sides => 4; }\nrecord Named(string Name);\n");

        var script = ScriptLoader.Load(await CompiledAsync("Func<int, int> twice = Twice;\nreturn twice(Answer) + new Square().Sides + (int)Color.Red + new Named(\"n\").Name.Length;", [lib]));
        try
        {
            Assert.Equal(89, await RunAsync(script));
        }
        finally
        {
            script.Unload();
        }
    }

    [Fact]
    public async Task Compile_TopLevelPropertyInSharedCode_IsRefusedAtItsLine()
    {
        var result = await Compiler.CompileAsync(
            "return 1;", "f.csx", [new SharedCodeFile("lib/state.cs", "// state\nint Calls { get; set; } = 0;\n")]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((SandboxDiagnosticIds.SharedCodeStatement, "lib/state.cs", 2, 1), (error.Id, error.File, error.Line, error.Column));
    }

    [Fact]
    public async Task Compile_DeepBracketsInSharedCode_AreRefusedAtTheirFileBeforeParsing()
    {
        var nested = "class A { int X = " + new string('(', 10_000) + "1" + new string(')', 10_000) + "; }";

        var result = await Compiler.CompileAsync("return 1;", "f.csx", [new SharedCodeFile("lib/deep.cs", nested)]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((SandboxDiagnosticIds.NestingTooDeep, "lib/deep.cs"), (error.Id, error.File));
    }

    [Fact]
    public async Task Compile_ForbiddenLanguageFeatureInSharedCode_IsRefusedAtItsFile()
    {
        var result = await Compiler.CompileAsync(
            "return 1;", "f.csx", [new SharedCodeFile("lib/late.cs", "public static class Late\n{\n    public static object Call(dynamic d) => d.Anything();\n}\n")]);

        Assert.Contains(result.Errors, e => e.Id == SandboxDiagnosticIds.ForbiddenFeature && e.File == "lib/late.cs" && e.Line == 3);
    }

    private static async Task<CompiledScript> CompiledAsync(string source, IReadOnlyList<SharedCodeFile> sharedCode, string? fileName = "function.csx")
    {
        var result = await Compiler.CompileAsync(source, fileName, sharedCode);
        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        return result.Script!;
    }

    private static async Task<object?> RunAsync(LoadedScript script)
    {
        var result = await new FunctionInvoker().InvokeAsync(script, new TestHost(), InvocationLimits.Default);
        Assert.True(result.Status == InvocationStatus.Completed, $"{result.Status} {result.Error}");
        return result.Value;
    }
}
