using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;

namespace ScriptHost.Sandbox.Editing.Workspace;

/// <summary>
/// One Roslyn workspace for the process, holding a script project per distinct set of shared code, set up as the
/// compiler sets up a compile (its options, references, globals type, and the shared-code resolver). Each request
/// forks the project's immutable solution with its own text (never applied to the workspace), so requests run
/// concurrently and leave nothing behind.
/// </summary>
internal sealed class ScriptWorkspace
{
    // Projects kept for this many shared-code sets at once (a service's environments, a few services being edited);
    // past it the table starts again: a project is cheap to rebuild, its metadata is shared.
    private const int MaxProjects = 32;

    private readonly EditorSetup _setup;
    private readonly AdhocWorkspace _workspace = new(MefHostServices.DefaultHost);
    private readonly ConcurrentDictionary<string, Lazy<Task<(Solution Solution, DocumentId Document)>>> _projects = new(StringComparer.Ordinal);

    public ScriptWorkspace(EditorSetup setup)
    {
        _setup = setup;
    }

    /// <summary>The author's <paramref name="source"/> with <paramref name="sharedCode"/> loaded ahead of it, as a document.</summary>
    public async Task<ScriptDocument> OpenAsync(string source, IReadOnlyList<SharedCodeFile> sharedCode, CancellationToken cancellationToken)
    {
        var key = KeyOf(sharedCode);
        if (!_projects.TryGetValue(key, out var created))
        {
            if (_projects.Count >= MaxProjects)
            {
                _projects.Clear();
            }

            created = _projects.GetOrAdd(key, _ => new Lazy<Task<(Solution, DocumentId)>>(() => CreateAsync(sharedCode)));
        }

        var project = await created.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var prefix = SharedCodeLoads.Prefix(sharedCode);
        var text = SourceText.From(prefix + source);
        var document = project.Solution.WithDocumentText(project.Document, text).GetDocument(project.Document)
            ?? throw new InvalidOperationException("The script document vanished from its own solution.");
        return new ScriptDocument(document, text, prefix.Length, prefix.Count(c => c == '\n'));
    }

    private async Task<(Solution, DocumentId)> CreateAsync(IReadOnlyList<SharedCodeFile> sharedCode)
    {
        var options = sharedCode.Count == 0 ? _setup.CompilationOptions : _setup.CompilationOptions.WithSourceReferenceResolver(new SharedCodeResolver(sharedCode));
        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        var solution = _workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                name: "function",
                assemblyName: "function",
                LanguageNames.CSharp,
                compilationOptions: options,
                // Documentation comments parsed, so shared code's own /// docs show in completion and hover.
                parseOptions: _setup.ParseOptions.WithDocumentationMode(DocumentationMode.Parse),
                metadataReferences: _setup.References,
                isSubmission: true,
                hostObjectType: _setup.GlobalsType))
            .AddDocument(DocumentInfo.Create(documentId, "function.csx", sourceCodeKind: SourceCodeKind.Script));

        // Compiled once and kept with the solution every request forks: a fork then only swaps the script's syntax tree
        // in this compilation, keeping its bound references and shared code's trees. A fork of a solution that never
        // compiled builds its compilation from nothing, references included, on every request.
        await solution.GetProject(projectId)!.GetCompilationAsync(CancellationToken.None).ConfigureAwait(false);
        return (solution, documentId);
    }

    private static string KeyOf(IReadOnlyList<SharedCodeFile> sharedCode)
    {
        if (sharedCode.Count == 0)
        {
            return string.Empty;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in sharedCode)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(file.Source));
            hash.AppendData([0]);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
