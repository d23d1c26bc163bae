using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// Refuses lambdas nested deeper than a small limit, before binding. A lambda passed to an overloaded method is
/// bound once per candidate overload, and a nested one once per combination: measured on this machine, four
/// overloads nested seven deep took 4.8 s to bind and each level multiplied that by four. Honest code rarely
/// nests lambdas more than three deep.
/// </summary>
internal static class LambdaNestingLimit
{
    public const int MaxNesting = 4;

    public static ScriptDiagnostic? Check(SyntaxNode root)
    {
        foreach (var lambda in root.DescendantNodes().OfType<AnonymousFunctionExpressionSyntax>())
        {
            if (lambda.Ancestors().OfType<AnonymousFunctionExpressionSyntax>().Count() >= MaxNesting)
            {
                return ScriptDiagnostic.At(
                    SandboxDiagnosticIds.NestingTooDeep,
                    ScriptDiagnosticSeverity.Error,
                    $"Lambdas nest deeper than {MaxNesting} levels; move the inner ones into local functions.",
                    lambda.GetLocation());
            }
        }

        return null;
    }
}
