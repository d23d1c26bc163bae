using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ScriptHost.Benchmarks.Support;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Benchmarks.Suites;

/// <summary>
/// A warm compile of a new, distinct script to a runnable delegate: the sandbox (parse, bind, police, emit, inject guards,
/// load into a collectible context) against Roslyn scripting's <c>CSharpScript.Create(...).CreateDelegate()</c> with
/// default options, as a developer would write it. The baseline leaks what it loads; each benchmark runs in its own process.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CompileBenchmarks
{
    private ScriptCompiler _compiler = null!;
    private string _tenLines = null!;
    private string _twoHundredLines = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _compiler = SandboxSetup.NewCompiler();
        _tenLines = BenchmarkScripts.TenLines;
        _twoHundredLines = BenchmarkScripts.TwoHundredLines;
        await _compiler.WarmUpAsync();
        _ = SandboxSetup.ScriptingDelegate("return 1;");
    }

    [Benchmark(Baseline = true, Description = "Roslyn scripting, 10 lines")]
    [BenchmarkCategory("compile-10")]
    public object Scripting10Lines() => SandboxSetup.ScriptingDelegate(BenchmarkScripts.Distinct(_tenLines));

    [Benchmark(Description = "Sandbox, 10 lines")]
    [BenchmarkCategory("compile-10")]
    public Task<LoadedScript> Sandbox10Lines() => CompileAndLoadAsync(_tenLines);

    [Benchmark(Baseline = true, Description = "Roslyn scripting, 200 lines")]
    [BenchmarkCategory("compile-200")]
    public object Scripting200Lines() => SandboxSetup.ScriptingDelegate(BenchmarkScripts.Distinct(_twoHundredLines));

    [Benchmark(Description = "Sandbox, 200 lines")]
    [BenchmarkCategory("compile-200")]
    public Task<LoadedScript> Sandbox200Lines() => CompileAndLoadAsync(_twoHundredLines);

    private async Task<LoadedScript> CompileAndLoadAsync(string template)
    {
        var compiled = await SandboxSetup.CompileAsync(_compiler, BenchmarkScripts.Distinct(template));
        var loaded = ScriptLoader.Load(compiled);

        // Unloading is part of a version's life; the collection it enables is measured by the churn mode.
        loaded.Unload();
        return loaded;
    }
}
