using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Whether a framework, API or library symbol (a definition, never a script's own) is allowed, remembered per symbol.
/// Metadata symbols are shared by every compilation made from the same template, so the answer for
/// <c>List&lt;T&gt;.Add</c> is computed once per process; the table holds them weakly, so it never keeps a
/// compilation alive.
/// </summary>
internal sealed class SymbolDecisions
{
    private readonly ResolvedAllowlist _allowlist;
    private readonly FrozenSet<string> _apiAssemblies;
    private readonly FrozenDictionary<string, LibraryRules> _libraries;
    private readonly ConditionalWeakTable<ISymbol, Decision> _cache = [];
    private readonly ConditionalWeakTable<ISymbol, Decision>.CreateValueCallback _decide;
    private readonly Func<INamedTypeSymbol, bool> _isAllowedInLibrarySignature;

    public SymbolDecisions(ResolvedAllowlist allowlist, FrozenSet<string> apiAssemblies, FrozenDictionary<string, LibraryRules> libraries)
    {
        _allowlist = allowlist;
        _apiAssemblies = apiAssemblies;
        _libraries = libraries;
        _decide = Decide;
        _isAllowedInLibrarySignature = type => IsAllowed(type, implicitUse: false);
    }

    /// <summary>
    /// Whether <paramref name="definition"/> may be used: named by the script (<paramref name="implicitUse"/> false),
    /// or used by the compiler on the script's behalf (await, foreach, deconstruction).
    /// </summary>
    public bool IsAllowed(ISymbol definition, bool implicitUse)
    {
        var decision = _cache.GetValue(definition, _decide);
        return implicitUse ? decision.Implicitly : decision.Explicitly;
    }

    /// <summary>Why <paramref name="definition"/> is refused when no line says so (a library member's signature), if known.</summary>
    public string? Why(ISymbol definition) => _cache.GetValue(definition, _decide).Reason;

    /// <summary>Whether any library is allowed in part, so rules on calling library members can be skipped when none is.</summary>
    public bool HasLibraries => _libraries.Count > 0;

    /// <summary>The rules of the library that declares <paramref name="symbol"/>, if a library does.</summary>
    public LibraryRules? LibraryOf(ISymbol symbol) =>
        symbol.ContainingAssembly is { } assembly && _libraries.TryGetValue(assembly.Name, out var library) ? library : null;

    public bool IsApi(ISymbol symbol) => symbol.ContainingAssembly is { } assembly && _apiAssemblies.Contains(assembly.Name);

    private Decision Decide(ISymbol definition)
    {
        if (IsApi(definition))
        {
            return Decision.Allowed;
        }

        if (definition.ContainingAssembly is { } assembly && _libraries.TryGetValue(assembly.Name, out var library))
        {
            // A library symbol is for scripts to name or not; none is the compiler's alone.
            var verdict = library.Decide(definition, _isAllowedInLibrarySignature);
            return verdict.IsAllowed ? Decision.Allowed : new Decision(false, false, verdict.Reason);
        }

        var id = definition.GetDocumentationCommentId();
        return id is null ? Decision.Denied : new Decision(_allowlist.ScriptIds.Contains(id), _allowlist.AnyIds.Contains(id));
    }

    private sealed record Decision(bool Explicitly, bool Implicitly, string? Reason = null)
    {
        public static readonly Decision Allowed = new(true, true);

        public static readonly Decision Denied = new(false, false);
    }
}
