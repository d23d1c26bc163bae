using Microsoft.CodeAnalysis;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Collects policy violations as diagnostics located in the script: the same message at most once per line
/// (<c>List&lt;FileInfo&gt; x = new List&lt;FileInfo&gt;()</c> names FileInfo twice but is one problem).
/// </summary>
internal sealed class PolicyFindings
{
    private readonly List<ScriptDiagnostic> _diagnostics = [];
    private readonly HashSet<(string? File, int Line, string Message)> _messages = [];

    public int Count => _diagnostics.Count;

    public void Add(string id, string message, Location location)
    {
        var diagnostic = ScriptDiagnostic.At(id, ScriptDiagnosticSeverity.Error, message, location);
        if (_messages.Add((diagnostic.File, diagnostic.Line, message)))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    /// <summary>The function's own findings first, then each shared code file's, each in source order.</summary>
    public IReadOnlyList<ScriptDiagnostic> ToList() =>
        [.. _diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)];

    public static string ForbiddenApiMessage(string api, string? hint) => $"'{api}' is not allowed in functions{Hint(hint)}";

    public static string ForbiddenFeatureMessage(string feature) =>
        $"{feature} is not allowed in functions{Hint(RefusalHints.Embedded.For(feature))}";

    /// <summary>A framework name the script compiles without (no reference holds it), as the author wrote it.</summary>
    public static string UnavailableApiMessage(string api, string? hint) => $"'{api}' is not available to functions{Hint(hint)}";

    /// <summary>A library call that leaves out (or passes null for) an argument its section requires.</summary>
    public static string RequiredArgumentMessage(string api, string parameter, string? hint) =>
        $"'{api}' needs its '{parameter}' argument: without one the library uses process-wide state, which functions do not have{Hint(hint)}";

    /// <summary>A value of the script's own type handed to a library member that serializes any object by reflection.</summary>
    public static string JsonTextArgumentMessage(string api, string type, string? hint) =>
        $"'{api}' would serialize the function's own '{type}' by reflection{Hint(hint)}";

    private static string Hint(string? hint) => hint is null ? "." : $"; {hint}.";
}
