using ScriptHost.Sandbox;
using ScriptHost.Sandbox.CaseRunner;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Loading;
using ScriptHost.TestGlobals;

// Runs each script case (a .csx file, or a case folder with its shared code) named on the command line under the default limits and waits for the script's own task, not
// just for an answer: a limit's exception must have unwound every script frame before the next case starts. Prints one
// line per case, "<file>\t<outcome>", where the outcome is Completed, Faulted, CompileError or the tripped limit. A
// case that kills the process (a real stack overflow) leaves the lines of the cases before it and a non-zero exit code.
// A patient compiler: the first compiles of a fresh process JIT Roslyn, and compile time is not what is tested here.
var compiler = new ScriptCompiler(new SandboxOptions
{
    GlobalsType = typeof(TestHost),
    ApiAssemblies = [typeof(TestHost).Assembly],
    CompileTimeout = TimeSpan.FromMinutes(2),
});
foreach (var file in args)
{
    Console.Error.WriteLine("starting " + file);
    var (source, fileName, sharedCode) = CaseFiles.Read(file);
    var compiled = await compiler.CompileAsync(source, fileName, sharedCode);
    if (compiled.Script is null)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, compiled.Diagnostics));
        Console.WriteLine($"{file}\tCompileError");
        continue;
    }

    var loaded = ScriptLoader.Load(compiled.Script);
    string outcome;
    using (var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None))
    {
        try
        {
            await Task.Run(() => loaded.RunAsync(new TestHost()));
            outcome = budget.Tripped?.ToString() ?? "Completed";
        }
        catch (Exception)
        {
            outcome = budget.Tripped?.ToString() ?? "Faulted";
        }
    }

    loaded.Unload();
    Console.WriteLine($"{file}\t{outcome}");
}
