using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Whether a framework or API symbol (a definition, never a script's own) is allowed, remembered per symbol.
/// Metadata symbols are shared by every compilation made from the same template, so the answer for
/// <c>List&lt;T&gt;.Add</c> is computed once per process; the table holds them weakly, so it never keeps a
/// compilation alive.
/// </summary>
internal sealed class SymbolDecisions
{
    private readonly ResolvedAllowlist _allowlist;
    private readonly FrozenSet<string> _apiAssemblies;
    private readonly ConditionalWeakTable<ISymbol, Decision> _cache = [];
    private readonly ConditionalWeakTable<ISymbol, Decision>.CreateValueCallback _decide;

    public SymbolDecisions(ResolvedAllowlist allowlist, FrozenSet<string> apiAssemblies)
    {
        _allowlist = allowlist;
        _apiAssemblies = apiAssemblies;
        _decide = Decide;
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

    public bool IsApi(ISymbol symbol) => symbol.ContainingAssembly is { } assembly && _apiAssemblies.Contains(assembly.Name);

    private Decision Decide(ISymbol definition)
    {
        if (IsApi(definition))
        {
            return Decision.Allowed;
        }

        var id = definition.GetDocumentationCommentId();
        return id is null ? Decision.Denied : new Decision(_allowlist.ScriptIds.Contains(id), _allowlist.AnyIds.Contains(id));
    }

    private sealed record Decision(bool Explicitly, bool Implicitly)
    {
        public static readonly Decision Allowed = new(true, true);

        public static readonly Decision Denied = new(false, false);
    }
}
