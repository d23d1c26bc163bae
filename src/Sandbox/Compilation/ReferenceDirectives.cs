using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// Finds <c>#r</c> and <c>#load</c> directives the author wrote, in a function or in shared code. A compile's only
/// resolver is the host's own, which resolves the build's shared code files and nothing else, so these could never
/// reach the file system anyway; refusing them up front gives the author a clear reason instead of a CS error. The
/// <c>#load</c> lines the host writes ahead of a function's text to load its shared code are not the author's.
/// </summary>
internal static class ReferenceDirectives
{
    /// <summary>The author's directives in <paramref name="tree"/>, whose text is the author's from <paramref name="authorTextStart"/> on.</summary>
    public static IReadOnlyList<ScriptDiagnostic> Find(SyntaxTree tree, int authorTextStart, CancellationToken cancellationToken)
    {
        var found = new List<ScriptDiagnostic>();
        var subject = ScriptDiagnostic.FileOf(tree) is null ? "functions" : "shared code";
        foreach (var trivia in tree.GetRoot(cancellationToken).DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.GetStructure() is ReferenceDirectiveTriviaSyntax or LoadDirectiveTriviaSyntax && trivia.SpanStart >= authorTextStart)
            {
                var directive = trivia.IsKind(SyntaxKind.ReferenceDirectiveTrivia) ? "#r" : "#load";
                found.Add(ScriptDiagnostic.At(
                    SandboxDiagnosticIds.ForbiddenDirective,
                    ScriptDiagnosticSeverity.Error,
                    $"'{directive}' is not allowed in {subject}: a function can only use the host's API.",
                    trivia.GetLocation()));
            }
        }

        return found;
    }
}
