using ScriptHost.Api.Contracts.Builds;

namespace ScriptHost.Api.Contracts.Editor;

/// <summary>
/// A function's text being edited and the caret in it: 1-based line and column, in UTF-16 code units (as browser
/// editors count); <c>environment</c> names whose live shared code (<c>lib/</c>) the text is compiled with (production
/// when absent).
/// </summary>
public sealed record EditorRequestDto(string? Source, int Line, int Column, string? Environment);

/// <summary>What a deploy of the text would report, short of the final IL check (which only a deploy makes).</summary>
public sealed record EditorDiagnosticsDto(IReadOnlyList<BuildDiagnosticDto> Diagnostics);
