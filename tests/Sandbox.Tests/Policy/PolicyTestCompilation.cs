using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Policy;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Policy;

/// <summary>
/// Compiles scripts for policy unit tests, bypassing the compiler's own pre-checks: optionally with the whole
/// framework referenced and unsafe code allowed, so each check can be shown to hold on its own, not only behind the
/// reference set and compiler options that already keep most of these out. Unsafe code compiles only on request:
/// it adds security attributes of its own to the image. With <c>withLibrary</c>, tests/TestLibrary is referenced too and
/// the policy is <see cref="TestLibraryPolicy"/>'s.
/// </summary>
internal static class PolicyTestCompilation
{
    public static ApiPolicy Policy { get; } = ApiPolicy.Create([typeof(TestHost).Assembly]);

    private static readonly ImmutableArray<MetadataReference> WholeFramework =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "Microsoft.CSharp.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(TestHost).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(ScriptGuard).Assembly.Location),
    ];

    private static readonly ImmutableArray<MetadataReference> ScriptReferences = CompilerReferences.For([typeof(TestHost).Assembly]);

    private static readonly ImmutableArray<MetadataReference> LibraryReferences =
        CompilerReferences.For([typeof(TestHost).Assembly, TestLibraryPolicy.Library]);

    public static (CSharpCompilation Compilation, SyntaxTree Tree) Compile(
        string source, bool wholeFramework, bool allowUnsafe, bool withLibrary = false, IReadOnlyList<SharedCodeFile>? sharedCode = null)
    {
        sharedCode ??= [];
        var tree = CSharpSyntaxTree.ParseText(
            SharedCodeLoads.Prefix(sharedCode) + source,
            new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script),
            path: string.Empty);
        var compilation = CSharpCompilation.CreateScriptCompilation(
            "PolicyTest" + Guid.NewGuid().ToString("N"),
            tree,
            withLibrary ? LibraryReferences : wholeFramework ? WholeFramework : ScriptReferences,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                usings: ["System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks"],
                allowUnsafe: allowUnsafe,
                sourceReferenceResolver: sharedCode.Count == 0 ? null : new SharedCodeResolver(sharedCode)),
            previousScriptCompilation: null,
            returnType: typeof(object),
            globalsType: typeof(TestHost));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test script does not compile: " + string.Join("; ", errors));
        return (compilation, tree);
    }

    public static IReadOnlyList<ScriptDiagnostic> CheckSemantics(string source, bool wholeFramework = false, bool allowUnsafe = false, bool withLibrary = false)
    {
        var (compilation, tree) = Compile(source, wholeFramework, allowUnsafe, withLibrary);
        return PolicyFor(withLibrary).CheckSemantics(compilation.GetSemanticModel(tree), CancellationToken.None);
    }

    public static IReadOnlyList<ScriptDiagnostic> CheckIl(
        string source, bool wholeFramework = false, bool allowUnsafe = false, bool withLibrary = false, IReadOnlyList<SharedCodeFile>? sharedCode = null)
    {
        var (compilation, tree) = Compile(source, wholeFramework, allowUnsafe, withLibrary, sharedCode);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        Assert.True(emitted.Success, string.Join("; ", emitted.Diagnostics));

        // The IL check runs on the guarded image, as in the compiler: guard calls and sized-call wrappers included.
        return PolicyFor(withLibrary).CheckIl(
            new GuardInjector().Inject(image.ToArray()), [tree, .. compilation.SyntaxTrees.Where(t => t != tree)], CancellationToken.None);
    }

    private static ApiPolicy PolicyFor(bool withLibrary) => withLibrary ? TestLibraryPolicy.Policy : Policy;
}
