using ScriptHost.Sandbox.Compilation.SharedCode;

namespace ScriptHost.Sandbox.Editing;

/// <summary>
/// A function's text, the caret in it (1-based line and column, UTF-16 code units) and the shared code of the build
/// it would be compiled with (empty for none).
/// </summary>
public sealed record EditorRequest(string Source, int Line, int Column, IReadOnlyList<SharedCodeFile> SharedCode)
{
    /// <summary>A request without shared code.</summary>
    public EditorRequest(string source, int line, int column)
        : this(source, line, column, [])
    {
    }
}
