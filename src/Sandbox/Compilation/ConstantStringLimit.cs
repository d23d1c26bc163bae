using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// Refuses constant strings that would fold into something huge (<c>const string b = a + a;</c> doubled forty
/// times is ten terabytes), estimated from the syntax before binding: the compiler would fold them without bound
/// and run the host out of memory while emitting. Every tree of a compile is estimated together: a function can
/// double a constant its shared code declares.
/// </summary>
internal static class ConstantStringLimit
{
    /// <summary>Four times the largest accepted source: no honest script gets near it.</summary>
    public const long MaxLength = 1024 * 1024;

    public static ScriptDiagnostic? Check(IEnumerable<SyntaxNode> roots)
    {
        var initializers = new Dictionary<string, List<ExpressionSyntax>>(StringComparer.Ordinal);
        var declarators = new List<VariableDeclaratorSyntax>();
        foreach (var node in roots.SelectMany(root => root.DescendantNodes()))
        {
            if (node is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator && IsConst(declarator))
            {
                declarators.Add(declarator);
                var name = declarator.Identifier.ValueText;
                if (!initializers.TryGetValue(name, out var values))
                {
                    initializers[name] = values = [];
                }

                values.Add(value);
            }
        }

        if (declarators.Count == 0)
        {
            return null;
        }

        var estimates = new Dictionary<string, long>(StringComparer.Ordinal);
        var inProgress = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declarator in declarators)
        {
            if (EstimateName(declarator.Identifier.ValueText) > MaxLength)
            {
                return ScriptDiagnostic.At(
                    SandboxDiagnosticIds.ConstantTooLarge,
                    ScriptDiagnosticSeverity.Error,
                    $"The constant '{declarator.Identifier.ValueText}' would be longer than {MaxLength} characters.",
                    declarator.GetLocation());
            }
        }

        return null;

        long EstimateName(string name)
        {
            if (estimates.TryGetValue(name, out var known))
            {
                return known;
            }

            // A cycle is the compiler's error to report; an unknown name is not a script constant.
            if (!initializers.TryGetValue(name, out var values) || !inProgress.Add(name))
            {
                return 0;
            }

            var estimate = values.Max(Estimate);
            inProgress.Remove(name);
            estimates[name] = estimate;
            return estimate;
        }

        // Recursion is bounded: SyntaxDepthLimit has already refused deeper nesting.
        long Estimate(ExpressionSyntax expression) => Math.Min(MaxLength + 1, expression switch
        {
            LiteralExpressionSyntax literal => literal.Token.ValueText.Length,
            ParenthesizedExpressionSyntax parenthesized => Estimate(parenthesized.Expression),
            CastExpressionSyntax cast => Estimate(cast.Expression),
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => Estimate(binary.Left) + Estimate(binary.Right),
            ConditionalExpressionSyntax conditional => Math.Max(Estimate(conditional.WhenTrue), Estimate(conditional.WhenFalse)),
            IdentifierNameSyntax identifier => EstimateName(identifier.Identifier.ValueText),
            MemberAccessExpressionSyntax memberAccess => EstimateName(memberAccess.Name.Identifier.ValueText),
            InterpolatedStringExpressionSyntax interpolated => interpolated.Contents.Sum(content => content switch
            {
                InterpolatedStringTextSyntax text => text.TextToken.ValueText.Length,
                InterpolationSyntax interpolation => Estimate(interpolation.Expression),
                _ => 0L,
            }),
            _ => 0,
        });
    }

    private static bool IsConst(VariableDeclaratorSyntax declarator) =>
        declarator.Parent?.Parent switch
        {
            LocalDeclarationStatementSyntax local => local.IsConst,
            FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
            _ => false,
        };
}
