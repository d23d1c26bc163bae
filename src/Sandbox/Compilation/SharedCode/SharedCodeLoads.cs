using System.Text;

namespace ScriptHost.Sandbox.Compilation.SharedCode;

/// <summary>
/// The lines the compiler writes ahead of a function's text to load its build's shared code: one <c>#load</c> per
/// file, in the given order, then <c>#line 1</c> so the function's own lines keep their numbers (in diagnostics and in
/// the PDB, so in runtime errors too). Each loaded file becomes its own syntax tree with its path as its name.
/// </summary>
internal static class SharedCodeLoads
{
    /// <summary>Nothing without shared code: the function's text is compiled exactly as it was before shared code existed.</summary>
    public static string Prefix(IReadOnlyList<SharedCodeFile> files)
    {
        if (files.Count == 0)
        {
            return string.Empty;
        }

        var prefix = new StringBuilder();
        foreach (var file in files)
        {
            // The path rule admits no quote, backslash or line break, so the path is safe inside the directive.
            prefix.Append("#load \"").Append(file.Path).Append("\"\n");
        }

        return prefix.Append("#line 1\n").ToString();
    }
}
