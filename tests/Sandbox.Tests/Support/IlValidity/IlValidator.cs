using Mono.Cecil;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Sandbox.Tests.Support.IlValidity;

/// <summary>Runs both IL checks over one guarded image: the structural one on every body, then the JIT on every method.</summary>
public static class IlValidator
{
    /// <summary>Every problem found, prefixed by the method; empty when the image is valid.</summary>
    public static IReadOnlyList<string> Problems(CompiledScript compiled)
    {
        var problems = new List<string>();
        using (var module = ModuleDefinition.ReadModule(new MemoryStream(compiled.AssemblyImage)))
        {
            foreach (var type in module.GetTypes())
            {
                foreach (var method in type.Methods.Where(m => m.HasBody))
                {
                    problems.AddRange(IlBodyChecker.Check(method).Select(p => $"{method.FullName}: {p}"));
                }
            }
        }

        var loaded = ScriptLoader.Load(compiled);
        try
        {
            problems.AddRange(JitCompileCheck.Check(loaded.Assembly));
        }
        finally
        {
            loaded.Unload();
        }

        return problems;
    }
}
