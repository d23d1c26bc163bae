using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScriptHost.Sandbox.Policy;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// The compiler's own setup, handed to the editor (<c>ScriptHost.Sandbox.Editing</c>): one source of truth for what a
/// script compiles against, so the editor never builds a reference list or an import list of its own.
/// </summary>
internal sealed record EditorSetup(
    CSharpParseOptions ParseOptions,
    CSharpCompilationOptions CompilationOptions,
    ImmutableArray<MetadataReference> References,
    Type GlobalsType,
    ApiPolicy Policy,
    RefusalHints Hints,
    SandboxOptions Bounds);
