using System.Text.Json;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.Sandbox.Tests.Support.IlValidity;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Guards;

/// <summary>
/// Guard injection must produce valid IL for every program Roslyn emits: checked structurally and by the JIT over the
/// guarded image of every script case, every sample, and generated control-flow shapes in every kind of method body.
/// </summary>
[Collection(ScriptCollection.Name)]
public sealed class GuardedIlValidityTests
{
    private static readonly InvocationLimits Roomy = InvocationLimits.Default with { WallTime = TimeSpan.FromMinutes(2), MemoryBytes = 1L << 30 };

    public static IEnumerable<object[]> CompilingCases =>
        new[] { "Escapes", "Resources", "Valid", "CompileBombs", "SharedCode" }
            .SelectMany(ScriptCase.In)
            .Where(row => ((ScriptCase)row[0]).Expected["outcome"]!.GetValue<string>() != "compileError");

    public static TheoryData<string> Samples => SampleCompiler.Samples;

    public static TheoryData<string, int> GeneratedScripts
    {
        get
        {
            var scripts = new TheoryData<string, int>();
            foreach (var host in ControlFlowShapes.Hosts)
            {
                for (var part = 0; part < ControlFlowShapes.ScriptCount(host); part++)
                {
                    scripts.Add(host, part);
                }
            }

            return scripts;
        }
    }

    // The generated scripts are long; how long they take to compile on a loaded machine is not what is tested here.
    private static readonly ScriptCompiler PatientCompiler = new(new SandboxOptions
    {
        GlobalsType = typeof(TestHost),
        ApiAssemblies = [typeof(TestHost).Assembly],
        CompileTimeout = TimeSpan.FromMinutes(3),
    });

    [Theory]
    [MemberData(nameof(CompilingCases))]
    public async Task Inject_ScriptCase_ProducesValidIl(ScriptCase scriptCase)
    {
        var compiled = await SandboxFixture.Compiler.CompileAsync(scriptCase.Source, scriptCase.FileName, scriptCase.SharedCode);
        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));

        var problems = IlValidator.Problems(compiled.Script!);

        Assert.True(problems.Count == 0, $"{scriptCase}:\n{string.Join("\n", problems)}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Inject_Sample_ProducesValidIl(string sample)
    {
        var compiled = await SampleCompiler.Compiler.CompileAsync(await File.ReadAllTextAsync(Path.Combine(SampleCompiler.Folder, sample + ".csx")));
        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));

        var problems = IlValidator.Problems(compiled.Script!);

        Assert.True(problems.Count == 0, $"{sample}:\n{string.Join("\n", problems)}");
    }

    [Theory]
    [MemberData(nameof(GeneratedScripts))]
    public async Task Inject_GeneratedControlFlowShapes_ProduceValidIlThatRunsLikeUnguardedCode(string host, int part)
    {
        var source = ControlFlowShapes.Script(host, part);
        var compiled = await PatientCompiler.CompileAsync(source);
        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics.Take(5)));

        var problems = IlValidator.Problems(compiled.Script!);
        Assert.True(problems.Count == 0, $"{host}: {problems.Count} problems:\n{string.Join("\n", problems.Take(20))}");

        var loaded = ScriptLoader.Load(compiled.Script!);
        var unguarded = UnguardedBuild.Load(source);
        try
        {
            var guardedRun = await ScriptRunner.InvokeAsync(loaded, Roomy);
            Assert.True(guardedRun.Succeeded, $"{host}: {guardedRun.Status} {guardedRun.Error}");
            var unguardedValue = await unguarded.RunAsync(new TestHost());
            Assert.Equal(JsonSerializer.Serialize(unguardedValue), JsonSerializer.Serialize(guardedRun.Value));
        }
        finally
        {
            loaded.Unload();
            unguarded.Unload();
        }
    }
}
