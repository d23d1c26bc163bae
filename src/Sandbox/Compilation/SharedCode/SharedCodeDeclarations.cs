using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptHost.Sandbox.Compilation.SharedCode;

/// <summary>
/// Refuses what would run or hold state at the top level of a shared code file. Shared code is loaded into each
/// function's script, so its top-level statements would run ahead of every function's own code, and its top-level
/// fields and properties would be variables of every function: shared code declares types, methods and constants.
/// </summary>
internal static class SharedCodeDeclarations
{
    public static IReadOnlyList<ScriptDiagnostic> Check(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var found = new List<ScriptDiagnostic>();
        foreach (var member in ((CompilationUnitSyntax)tree.GetRoot(cancellationToken)).Members)
        {
            var refused = member switch
            {
                GlobalStatementSyntax => "a top-level statement",
                FieldDeclarationSyntax field when !field.Modifiers.Any(SyntaxKind.ConstKeyword) => "a top-level field",
                PropertyDeclarationSyntax => "a top-level property",
                EventFieldDeclarationSyntax or EventDeclarationSyntax => "a top-level event",
                _ => null,
            };
            if (refused is not null)
            {
                found.Add(ScriptDiagnostic.At(
                    SandboxDiagnosticIds.SharedCodeStatement,
                    ScriptDiagnosticSeverity.Error,
                    $"Shared code declares types, methods and constants; {refused} would run or hold state in every function that uses it: put it in a class.",
                    member.GetLocation()));
            }
        }

        return found;
    }
}
