using Microsoft.CodeAnalysis.CSharp;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;

namespace ScriptHost.Sandbox.Editing.Workspace;

/// <summary>
/// The compiler's size and depth limits, checked before any Roslyn feature sees the text. Features run on pool threads
/// (small stacks, not the compiler's 16 MB one), and a stack overflow ends the process: text the compiler would refuse
/// as too deep never reaches them.
/// </summary>
internal static class EditorBounds
{
    public static EditorIncomplete? Check(EditorSetup setup, string source, IReadOnlyList<SharedCodeFile> sharedCode, CancellationToken cancellationToken)
    {
        var bounds = setup.Bounds;
        if (SourceSizeLimit.IsExceeded(source, sharedCode, bounds.MaxSourceBytes))
        {
            return EditorIncomplete.TooLarge;
        }

        foreach (var text in sharedCode.Select(f => f.Source).Prepend(source))
        {
            // Brackets before parsing (so parsing itself stays shallow), then the parsed tree's depth and lambda nesting.
            if (BracketDepthLimit.Check(text, file: null, setup.ParseOptions, bounds.MaxSyntaxDepth) is not null)
            {
                return EditorIncomplete.TooDeep;
            }

            var root = CSharpSyntaxTree.ParseText(text, setup.ParseOptions, cancellationToken: cancellationToken).GetRoot(cancellationToken);
            if (SyntaxDepthLimit.Check(root, bounds.MaxSyntaxDepth) is not null || LambdaNestingLimit.Check(root) is not null)
            {
                return EditorIncomplete.TooDeep;
            }
        }

        return null;
    }
}
