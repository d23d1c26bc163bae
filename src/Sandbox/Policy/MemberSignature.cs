using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Policy;

/// <summary>The types a member's signature names, as both the framework allowlist and the library rules judge them.</summary>
internal static class MemberSignature
{
    /// <summary>The return or value type first, then each parameter's type; none for a type or namespace.</summary>
    public static IEnumerable<ITypeSymbol> TypesOf(ISymbol member) => member switch
    {
        IMethodSymbol method => method.Parameters.Select(p => p.Type).Prepend(method.ReturnType),
        IPropertySymbol property => property.Parameters.Select(p => p.Type).Prepend(property.Type),
        IFieldSymbol field => [field.Type],
        IEventSymbol @event => [@event.Type],
        _ => [],
    };
}
