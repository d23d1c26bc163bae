using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ScriptHost.Benchmarks.Support;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Benchmarks.Suites;

/// <summary>
/// The console editor's diagnostics of a 100-line function (<c>benchmarks/scripts/editor-100-lines.csx</c>), each on a
/// new text as every keystroke makes one: the deploy's checks without emit, guards or IL check, against a warm compile
/// of the same text (the baseline: issue 13 asks diagnostics to be no slower). Completion is measured over HTTP by the
/// <c>editor</c> mode, where its targets are set.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EditorBenchmarks
{
    private ScriptCompiler _compiler = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _compiler = SandboxSetup.NewCompiler();
        await _compiler.WarmUpAsync();
    }

    [Benchmark(Baseline = true, Description = "Warm compile, 100 lines")]
    [BenchmarkCategory("editor-diagnostics")]
    public Task<CompileResult> Compile100Lines() =>
        _compiler.CompileAsync(BenchmarkScripts.Distinct(EditorScript.Complete));

    [Benchmark(Description = "Diagnostics, 100 lines")]
    [BenchmarkCategory("editor-diagnostics")]
    public Task<CompileResult> Diagnose100Lines() =>
        _compiler.DiagnoseAsync(BenchmarkScripts.Distinct(EditorScript.Complete), fileName: null, sharedCode: []);
}
