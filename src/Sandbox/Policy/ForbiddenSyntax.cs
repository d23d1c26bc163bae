using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Language features refused on sight, before binding: they need no symbols to recognise, and refusing them first
/// gives the author the real reason instead of the compiler's complaint about a missing <c>/unsafe</c>.
/// </summary>
internal static class ForbiddenSyntax
{
    /// <summary>The feature names refusal-hints.txt may give a hint for (the others have no alternative to offer).</summary>
    public static IReadOnlyList<string> HintedFeatures { get; } = [Lock, Dynamic];

    private const string Lock = "lock";
    private const string Dynamic = "dynamic";

    /// <summary>The feature <paramref name="node"/> uses and where, or null.</summary>
    public static (string Feature, Location Location)? Find(SyntaxNode node)
    {
        var feature = node.Kind() switch
        {
            SyntaxKind.UnsafeStatement => "Unsafe code",
            SyntaxKind.FixedStatement => "A fixed statement",
            SyntaxKind.StackAllocArrayCreationExpression or SyntaxKind.ImplicitStackAllocArrayCreationExpression => "stackalloc",
            SyntaxKind.PointerType or SyntaxKind.AddressOfExpression or SyntaxKind.PointerIndirectionExpression
                or SyntaxKind.PointerMemberAccessExpression => "A pointer",
            SyntaxKind.FunctionPointerType => "A function pointer",
            SyntaxKind.DestructorDeclaration => "A finalizer",
            SyntaxKind.ArgListExpression => "__arglist",
            SyntaxKind.MakeRefExpression => "__makeref",
            SyntaxKind.RefTypeExpression => "__reftype",
            SyntaxKind.RefValueExpression => "__refvalue",
            SyntaxKind.ExternAliasDirective => "extern alias",
            // A lock outlives the time limit (its release is skipped once a limit trips) and can be taken on an object
            // every service shares (an interned string, a Type), where another tenant's Monitor.Enter would wait unguarded.
            SyntaxKind.LockStatement => Lock,
            SyntaxKind.Parameter when ((ParameterSyntax)node).Identifier.IsKind(SyntaxKind.ArgListKeyword) => "__arglist",
            SyntaxKind.IdentifierName when IsDynamicType((IdentifierNameSyntax)node) => Dynamic,
            _ => null,
        };
        if (feature is not null)
        {
            return (feature, node.GetLocation());
        }

        var modifiers = node switch
        {
            MemberDeclarationSyntax member => member.Modifiers,
            LocalFunctionStatementSyntax localFunction => localFunction.Modifiers,
            _ => default,
        };
        foreach (var modifier in modifiers)
        {
            feature = modifier.Kind() switch
            {
                SyntaxKind.UnsafeKeyword => "Unsafe code",
                SyntaxKind.ExternKeyword => "An extern method",
                SyntaxKind.FixedKeyword => "A fixed-size buffer",
                SyntaxKind.AsyncKeyword when ReturnsVoid(node) => "An async void method",
                _ => null,
            };
            if (feature is not null)
            {
                return (feature, modifier.GetLocation());
            }
        }

        return null;
    }

    /// <summary>
    /// <c>dynamic</c> where a type goes. Refused here, before binding: bound, it fails only for want of the runtime
    /// binder's assembly (CS1980, CS0656), a reason that tells the author nothing. A script's own type named
    /// <c>dynamic</c> is left alone.
    /// </summary>
    private static bool IsDynamicType(IdentifierNameSyntax name) =>
        name.Identifier.ValueText == "dynamic"
        && SyntaxFacts.IsInTypeOnlyContext(name)
        && !name.SyntaxTree.GetRoot().DescendantNodes().Any(declaration => declaration switch
        {
            BaseTypeDeclarationSyntax type => type.Identifier.ValueText == "dynamic",
            DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText == "dynamic",
            _ => false,
        });

    // An async void method's exceptions escape to the thread pool and crash the process: the host could not catch them.
    private static bool ReturnsVoid(SyntaxNode node) =>
        node switch
        {
            MethodDeclarationSyntax method => method.ReturnType,
            LocalFunctionStatementSyntax localFunction => localFunction.ReturnType,
            _ => null,
        } is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.VoidKeyword);
}
