using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// Refuses syntax that nests deeper than a limit, walking the tree with an explicit stack so the check itself
/// cannot overflow. Runs before binding: deeply nested input is where the binder's cost explodes.
/// </summary>
internal static class SyntaxDepthLimit
{
    public static ScriptDiagnostic? Check(SyntaxNode root, int maxDepth)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > maxDepth)
            {
                return ScriptDiagnostic.At(
                    SandboxDiagnosticIds.NestingTooDeep,
                    ScriptDiagnosticSeverity.Error,
                    $"The script nests deeper than {maxDepth} levels; simplify the expression or split it into methods.",
                    node.GetLocation());
            }

            foreach (var child in node.ChildNodes())
            {
                // Lists of statements and members do not deepen what the binder recurses over; nested expressions do.
                pending.Push((child, IsTransparent(child) ? depth : depth + 1));
            }
        }

        return null;
    }

    private static bool IsTransparent(SyntaxNode node) =>
        node.IsKind(SyntaxKind.GlobalStatement) || node.IsKind(SyntaxKind.ArgumentList) || node.IsKind(SyntaxKind.Argument);
}
