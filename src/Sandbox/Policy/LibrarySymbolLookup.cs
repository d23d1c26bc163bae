using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Finds the library type or member a reference in the compiled IL names, by its documentation id, so the IL check
/// decides library references with the very rules the semantic check used. The lookup compilation is built on the
/// first library reference, over the scripts' own references (so Roslyn can share their metadata and symbols), and
/// resolves only what is asked for.
/// </summary>
internal sealed class LibrarySymbolLookup
{
    private readonly Lazy<CSharpCompilation> _compilation;

    /// <summary>A lookup over the framework and <paramref name="assemblies"/>: the API and library assemblies scripts compile with.</summary>
    public LibrarySymbolLookup(IReadOnlyCollection<Assembly> assemblies)
    {
        _compilation = new Lazy<CSharpCompilation>(() =>
            CSharpCompilation.Create("LibraryLookup", references: CompilerReferences.For(assemblies)));
    }

    /// <summary>The library named <paramref name="assemblyName"/>, as the lookup compilation sees it.</summary>
    public IAssemblySymbol Assembly(string assemblyName) =>
        _compilation.Value.SourceModule.ReferencedAssemblySymbols.First(assembly => assembly.Name == assemblyName);

    /// <summary>The symbol of <paramref name="assemblyName"/> with documentation id <paramref name="id"/>, if there is one.</summary>
    public ISymbol? Find(string id, string assemblyName) =>
        DocumentationCommentId.GetSymbolsForDeclarationId(id, _compilation.Value)
            .FirstOrDefault(symbol => symbol.ContainingAssembly?.Name == assemblyName);
}
