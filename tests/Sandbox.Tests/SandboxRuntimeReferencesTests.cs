using System.Reflection;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Sandbox.Tests;

/// <summary>
/// The worker process carries only the sandbox's run-time half; these tests are its footprint guarantee: what it needs
/// to load and run a compiled image must not pull in the compiler, Mono.Cecil or the compile cache.
/// </summary>
public sealed class SandboxRuntimeReferencesTests
{
    private static readonly string[] CompileTimeAssemblyPrefixes = ["Microsoft.CodeAnalysis", "Mono.Cecil", "Microsoft.Extensions.Caching"];

    // Shared-framework assemblies never reference these; skipping them keeps the walk to the project's own graph.
    private static readonly string FrameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    public static TheoryData<Type> WorkerTypes =>
    [
        typeof(ScriptGuard),
        typeof(InvocationBudget),
        typeof(FunctionInvoker),
        typeof(ScriptLoader),
        typeof(CompiledScript),
    ];

    [Theory]
    [MemberData(nameof(WorkerTypes))]
    public void RuntimeAssembly_WithEverythingItReferences_CarriesNoCompilerCecilOrCompileCache(Type workerType)
    {
        var offending = ReferenceClosure(workerType.Assembly).Where(IsCompileTime).ToList();

        Assert.Equal("ScriptHost.Sandbox.Runtime", workerType.Assembly.GetName().Name);
        Assert.Empty(offending);
    }

    /// <summary>The names of <paramref name="root"/> and every assembly it references, directly or not.</summary>
    private static SortedSet<string> ReferenceClosure(Assembly root)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal) { root.GetName().Name! };
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (!seen.Add(reference.Name!) || IsCompileTime(reference.Name!))
                {
                    // A compile-time assembly is reported as found; it need not be loaded to be refused.
                    continue;
                }

                var loaded = Assembly.Load(reference);
                if (!string.Equals(Path.GetDirectoryName(loaded.Location), FrameworkDirectory, StringComparison.Ordinal))
                {
                    pending.Push(loaded);
                }
            }
        }

        return seen;
    }

    private static bool IsCompileTime(string name) =>
        CompileTimeAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));
}
