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
    private ScriptCompiler _compilerWithoutLibrary = null!;
    private string _tenLines = null!;
    private string _twoHundredLines = null!;
    private string _tenLinesText = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _compiler = SandboxSetup.NewCompiler();
        _tenLines = BenchmarkScripts.TenLines;
        _twoHundredLines = BenchmarkScripts.TwoHundredLines;
        _tenLinesText = BenchmarkScripts.TenLinesText;
        await _compiler.WarmUpAsync();
        _compilerWithoutLibrary = SandboxSetup.NewCompilerWithoutLibrary();
        await _compilerWithoutLibrary.WarmUpAsync();
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

    [Benchmark(Baseline = true, Description = "Sandbox without Twilio.dll, 10 lines of text")]
    [BenchmarkCategory("compile-10-library")]
    public Task<LoadedScript> SandboxWithoutLibrary10Lines() => CompileAndLoadAsync(_tenLinesText, _compilerWithoutLibrary);

    [Benchmark(Description = "Sandbox with Twilio.dll, 10 lines of text")]
    [BenchmarkCategory("compile-10-library")]
    public Task<LoadedScript> SandboxWithLibrary10Lines() => CompileAndLoadAsync(_tenLinesText, _compiler);

    private Task<LoadedScript> CompileAndLoadAsync(string template) => CompileAndLoadAsync(template, _compiler);

    private static async Task<LoadedScript> CompileAndLoadAsync(string template, ScriptCompiler compiler)
    {
        var compiled = await SandboxSetup.CompileAsync(compiler, BenchmarkScripts.Distinct(template));
        var loaded = ScriptLoader.Load(compiled);

        // Unloading is part of a version's life; the collection it enables is measured by the churn mode.
        loaded.Unload();
        return loaded;
    }
}
