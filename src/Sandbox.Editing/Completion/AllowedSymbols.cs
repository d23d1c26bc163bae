using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Editing.Completion;

/// <summary>
/// Whether the editor may offer a symbol: the policy's own decision (<c>SymbolDecisions</c>), so completion offers what
/// a deploy accepts and nothing it refuses. The script's own symbols (and its shared code's) and locals always pass; a
/// namespace passes when something allowed lives in it or below it.
/// </summary>
internal sealed class AllowedSymbols
{
    private readonly EditorSetup _setup;
    private readonly FrozenSet<string> _namespacesWithTypes;
    private readonly string[] _namespaceTrees;

    public AllowedSymbols(EditorSetup setup)
    {
        _setup = setup;
        var policy = setup.Policy;
        var apiNamespaces = setup.Bounds.ApiAssemblies.Append(setup.GlobalsType.Assembly)
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.Namespace ?? string.Empty);
        _namespacesWithTypes = policy.Allowlist.Types.Select(t => t.Namespace)
            .Concat(policy.Libraries.SelectMany(l => l.Section.Types).Select(t => t.Namespace))
            .Concat(apiNamespaces)
            .ToFrozenSet(StringComparer.Ordinal);
        // A library's "namespace N **" allows every namespace below N too.
        _namespaceTrees = [.. policy.Libraries.SelectMany(l => l.Section.Namespaces).Select(n => n.Namespace)];
    }

    public bool IsAllowed(ISymbol symbol, Microsoft.CodeAnalysis.Compilation compilation) => symbol switch
    {
        INamespaceSymbol ns => IsAllowedNamespace(ns.ToDisplayString()),
        ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol or ITypeParameterSymbol or IDiscardSymbol or IPreprocessingSymbol => true,
        IAliasSymbol alias => IsAllowed(alias.Target, compilation),
        _ when SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly) => true,
        IMethodSymbol method => _setup.Policy.Decisions.IsAllowed((method.ReducedFrom ?? method).OriginalDefinition, implicitUse: false),
        _ => _setup.Policy.Decisions.IsAllowed(symbol.OriginalDefinition, implicitUse: false),
    };

    private bool IsAllowedNamespace(string name)
    {
        var below = name + ".";
        return _namespacesWithTypes.Contains(name)
            || _namespacesWithTypes.Any(n => n.StartsWith(below, StringComparison.Ordinal))
            || _namespaceTrees.Any(tree => tree == name || name.StartsWith(tree + ".", StringComparison.Ordinal) || tree.StartsWith(below, StringComparison.Ordinal));
    }
}
