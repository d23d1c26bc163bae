using System.Diagnostics;
using System.Text;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Compilation;

/// <summary>A compile ends at its time and memory limits, answers then, and its thread stops.</summary>
[Collection(ScriptCollection.Name)]
public sealed class CompileLimitTests
{
    // Generic inference doubling types in many functions, each chain just under the inferred-type limit: every
    // statement is legal, and together they take seconds to bind and emit.
    private static readonly string SpreadGenericExplosion = BuildSpreadGenericExplosion(functions: 300, doublings: 11);

    [Fact]
    public async Task Compile_GenericExplosionPastTheTimeLimit_AnswersAtTheLimitAndItsThreadStops()
    {
        var timeout = TimeSpan.FromSeconds(1);
        var compiler = CompilerWith(timeout, memoryBytes: long.MaxValue);

        var started = Stopwatch.StartNew();
        var result = await compiler.CompileAsync(SpreadGenericExplosion);
        var answeredAfter = started.Elapsed;

        Assert.Contains(result.Errors, e => e.Id == SandboxDiagnosticIds.CompileTimeout);
        // The one timing assertion: the limit is enforced (generous grace for a loaded CI machine).
        Assert.True(answeredAfter < timeout + TimeSpan.FromSeconds(2), $"answered after {answeredAfter}");
        Assert.True(await StopsWithinAsync(compiler, TimeSpan.FromSeconds(30)), "the abandoned compile is still running");
    }

    [Fact]
    public async Task Compile_GrowingTheHeapPastTheCompileMemoryBudget_ComesBackAsADiagnosticAndItsThreadStops()
    {
        var compiler = CompilerWith(TimeSpan.FromMinutes(2), memoryBytes: 1);

        var result = await compiler.CompileAsync(SpreadGenericExplosion);

        Assert.Contains(result.Errors, e => e.Id == SandboxDiagnosticIds.CompileMemoryExceeded);
        Assert.True(await StopsWithinAsync(compiler, TimeSpan.FromSeconds(30)), "the abandoned compile is still running");
    }

    private static ScriptCompiler CompilerWith(TimeSpan timeout, long memoryBytes) => new(new SandboxOptions
    {
        GlobalsType = typeof(TestHost),
        ApiAssemblies = [typeof(TestHost).Assembly],
        CompileTimeout = timeout,
        CompileMemoryBytes = memoryBytes,
    });

    private static async Task<bool> StopsWithinAsync(ScriptCompiler compiler, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        while (compiler.CompilesRunning > 0 && waited.Elapsed < patience)
        {
            await Task.Delay(50);
        }

        return compiler.CompilesRunning == 0;
    }

    private static string BuildSpreadGenericExplosion(int functions, int doublings)
    {
        var source = new StringBuilder("static (T, T) Pair<T>(T t) => (t, t);\n");
        for (var f = 0; f < functions; f++)
        {
            source.Append("int F").Append(f).Append("() { var a0 = ").Append(f).Append(';');
            for (var d = 1; d <= doublings; d++)
            {
                source.Append(" var a").Append(d).Append(" = Pair(a").Append(d - 1).Append(");");
            }

            source.Append(" return a0; }\n");
        }

        return source.Append("return F0();\n").ToString();
    }
}
