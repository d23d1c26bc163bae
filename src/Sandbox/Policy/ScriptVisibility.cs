using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Policy;

/// <summary>What a script's code could reach of a type or member by its accessibility: public and protected ones.</summary>
internal static class ScriptVisibility
{
    /// <summary>Whether <paramref name="symbol"/> itself is declared public, protected or protected internal.</summary>
    public static bool IsDeclaredVisible(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;

    /// <summary>Whether <paramref name="symbol"/> and every type containing it are declared visible.</summary>
    public static bool IsVisibleWithContainers(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (!IsDeclaredVisible(current))
            {
                return false;
            }
        }

        return true;
    }
}
