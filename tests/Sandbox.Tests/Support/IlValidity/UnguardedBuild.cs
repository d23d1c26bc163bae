using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Loading;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Support.IlValidity;

/// <summary>
/// Builds a script the way <see cref="ScriptCompiler"/> does but stops before guard injection, so tests can compare
/// what guarded code does with what the same program does without guards.
/// </summary>
public static class UnguardedBuild
{
    private static readonly SandboxOptions Defaults = new() { GlobalsType = typeof(TestHost) };

    /// <summary>Compiles <paramref name="source"/> against the test globals and loads it, unguarded.</summary>
    public static LoadedScript Load(string source)
    {
        var compilation = CSharpCompilation.CreateScriptCompilation(
            "Unguarded" + Guid.NewGuid().ToString("N"),
            CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script), encoding: Encoding.UTF8),
            CompilerReferences.For([typeof(TestHost).Assembly]),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                usings: Defaults.Imports,
                scriptClassName: ScriptLoader.ScriptClassName,
                optimizationLevel: OptimizationLevel.Release),
            previousScriptCompilation: null,
            returnType: typeof(object),
            globalsType: typeof(TestHost));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("; ", emitted.Diagnostics));
        return ScriptLoader.Load(new CompiledScript("unguarded-" + Guid.NewGuid().ToString("N"), image.ToArray()));
    }
}
