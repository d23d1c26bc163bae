using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// Refuses brackets nested deeper than the syntax depth limit from the tokens alone, before parsing. The parser
/// tries several readings of every <c>(</c> (cast, lambda, tuple, parenthesised expression): ten thousand nested
/// parentheses took it 18 s on this machine, long past the compile timeout, while lexing them takes milliseconds.
/// </summary>
internal static class BracketDepthLimit
{
    /// <summary>Checks the text of the function (<paramref name="file"/> null) or of the shared code file <paramref name="file"/>.</summary>
    public static ScriptDiagnostic? Check(string source, string? file, CSharpParseOptions options, int maxDepth)
    {
        var depth = 0;
        foreach (var token in SyntaxFactory.ParseTokens(source, options: options))
        {
            switch (token.Kind())
            {
                case SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken:
                    if (++depth > maxDepth)
                    {
                        var position = SourceText.From(source).Lines.GetLinePosition(token.SpanStart);
                        return new ScriptDiagnostic(
                            SandboxDiagnosticIds.NestingTooDeep,
                            ScriptDiagnosticSeverity.Error,
                            $"The script nests brackets deeper than {maxDepth} levels; simplify the expression or split it into methods.",
                            position.Line + 1,
                            position.Character + 1,
                            position.Line + 1,
                            position.Character + 2,
                            file);
                    }

                    break;
                case SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken:
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }
}
