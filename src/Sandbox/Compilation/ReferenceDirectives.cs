using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// Finds <c>#r</c> and <c>#load</c> directives. Scripts are compiled without any resolver, so these could never
/// reach the file system anyway; refusing them up front gives the author a clear reason instead of a CS error.
/// </summary>
internal static class ReferenceDirectives
{
    public static IReadOnlyList<ScriptDiagnostic> Find(SyntaxNode root)
    {
        var found = new List<ScriptDiagnostic>();
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.GetStructure() is ReferenceDirectiveTriviaSyntax or LoadDirectiveTriviaSyntax)
            {
                var directive = trivia.IsKind(SyntaxKind.ReferenceDirectiveTrivia) ? "#r" : "#load";
                var span = trivia.GetLocation().GetLineSpan();
                found.Add(new ScriptDiagnostic(
                    SandboxDiagnosticIds.ForbiddenDirective,
                    ScriptDiagnosticSeverity.Error,
                    $"'{directive}' is not allowed in functions: a function can only use the host's API.",
                    span.StartLinePosition.Line + 1,
                    span.StartLinePosition.Character + 1,
                    span.EndLinePosition.Line + 1,
                    span.EndLinePosition.Character + 1));
            }
        }

        return found;
    }
}
