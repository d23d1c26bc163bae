using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// Refuses a variable whose inferred type is huge, checking declarations one at a time in source order, before emit.
/// Generic inference can double a type per statement (<c>var a1 = Pair(a0); var a2 = Pair(a1); ...</c> with
/// <c>(T, T) Pair&lt;T&gt;(T t)</c>): the compiler shares the halves in memory, but binding, emitting and reading the
/// signatures back walk the whole tree, so each statement costs twice the one before and a few dozen never finish
/// (measured: 20 doublings, 3.2 s to bind; emit and the IL checks explode after). Stopping at the first oversized
/// type keeps the cost linear in the source. The semantic model it binds with is the one the policy check reuses.
/// </summary>
internal static class InferredTypeSizeLimit
{
    /// <summary>Most type names a variable's type may spell out, its type arguments' included, counted as a tree.</summary>
    public const int MaxTypeSize = 4096;

    public static ScriptDiagnostic? Check(SemanticModel model, SyntaxNode root, CancellationToken cancellationToken)
    {
        var sizes = new Dictionary<ITypeSymbol, int>(ReferenceEqualityComparer.Instance);
        foreach (var node in root.DescendantNodes())
        {
            if (node is not (VariableDeclaratorSyntax or SingleVariableDesignationSyntax or ForEachStatementSyntax))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var type = model.GetDeclaredSymbol(node, cancellationToken) switch
            {
                ILocalSymbol local => local.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };
            if (type is not null && SizeOf(type, sizes) > MaxTypeSize)
            {
                return ScriptDiagnostic.At(
                    SandboxDiagnosticIds.TypeTooLarge,
                    ScriptDiagnosticSeverity.Error,
                    $"The inferred type of this variable spells out more than {MaxTypeSize} type names; declare a smaller type.",
                    node.GetLocation());
            }
        }

        return null;
    }

    /// <summary>The tree size of <paramref name="type"/>, saturating just past the limit; shared parts are sized once.</summary>
    private static int SizeOf(ITypeSymbol type, Dictionary<ITypeSymbol, int> sizes)
    {
        if (sizes.TryGetValue(type, out var known))
        {
            return known;
        }

        var size = 1;
        var parts = type switch
        {
            INamedTypeSymbol named => named.TypeArguments,
            IArrayTypeSymbol array => [array.ElementType],
            IPointerTypeSymbol pointer => [pointer.PointedAtType],
            _ => [],
        };
        foreach (var part in parts)
        {
            size = Math.Min(MaxTypeSize + 1, size + SizeOf(part, sizes));
        }

        if (type is INamedTypeSymbol { ContainingType: { } outer })
        {
            size = Math.Min(MaxTypeSize + 1, size + SizeOf(outer, sizes));
        }

        sizes[type] = size;
        return size;
    }
}
