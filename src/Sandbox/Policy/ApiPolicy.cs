using System.Collections.Frozen;
using System.Reflection;
using Microsoft.CodeAnalysis;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards.SizedCalls;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Default-deny API policy: what a script may name (checked on the semantic model) and what its emitted IL may
/// reference (checked on the final, guarded image). What is allowed is the data in <c>allowlist.txt</c> (for the
/// framework type by type; for a third-party library by namespace, less exclusions, decided as scripts touch it) plus
/// the full public surface of the API assemblies; <c>allowlist-report.md</c> lists it.
/// </summary>
public sealed class ApiPolicy
{
    private readonly SemanticPolicyChecker _semantic;
    private readonly IlPolicyChecker _il;
    private readonly UnavailableApiDiagnostics _unavailable;
    private readonly LibrarySymbolLookup _librarySymbols;

    private ApiPolicy(
        ResolvedAllowlist allowlist,
        RefusalHints hints,
        IReadOnlyCollection<Assembly> apiAssemblies,
        IReadOnlyCollection<Assembly> libraries,
        SizedCallTable sizedCalls)
    {
        var apiNames = apiAssemblies.Select(a => a.GetName().Name!).ToFrozenSet(StringComparer.Ordinal);
        Allowlist = allowlist;
        Libraries = [.. libraries.Select(library => new LibraryRules(SectionFor(allowlist.Source, library)))];
        var rules = Libraries.ToFrozenDictionary(l => l.Section.AssemblyName, StringComparer.Ordinal);
        Decisions = new SymbolDecisions(allowlist, apiNames, rules);
        _semantic = new SemanticPolicyChecker(Decisions, hints);
        _librarySymbols = new LibrarySymbolLookup([.. apiAssemblies.Concat(libraries)]);
        _il = new IlPolicyChecker(
            allowlist, apiNames, CompilerReferences.FrameworkAssemblyNames, rules.Keys.ToFrozenSet(StringComparer.Ordinal), Decisions,
            _librarySymbols, sizedCalls);
        _unavailable = new UnavailableApiDiagnostics(allowlist, hints, () => FrameworkNames.Shared);
    }

    /// <summary>Changes whenever what is allowed changes; part of every script key.</summary>
    public string Version => Allowlist.Source.Version;

    internal ResolvedAllowlist Allowlist { get; }

    /// <summary>The rules of each library assembly, in the order given.</summary>
    internal IReadOnlyList<LibraryRules> Libraries { get; }

    internal SymbolDecisions Decisions { get; }

    /// <summary>Builds the policy: the allowlist plus the full public surface of <paramref name="apiAssemblies"/>.</summary>
    public static ApiPolicy Create(IReadOnlyCollection<Assembly> apiAssemblies) => Create(apiAssemblies, []);

    /// <summary>
    /// Builds the policy: the allowlist, the full public surface of <paramref name="apiAssemblies"/>, and what the
    /// allowlist's <c>[library Name]</c> section allows of each of <paramref name="libraryAssemblies"/>.
    /// </summary>
    public static ApiPolicy Create(IReadOnlyCollection<Assembly> apiAssemblies, IReadOnlyCollection<Assembly> libraryAssemblies) =>
        Create(apiAssemblies, libraryAssemblies, Policy.Allowlist.Embedded, RefusalHints.Embedded);

    /// <summary>
    /// The same with an allowlist and hints of the caller's (tests give their own), and the sized calls the guard
    /// injector redirects (the host's call wrappers included; the sandbox's own by default), whose wrappers the IL
    /// check admits.
    /// </summary>
    internal static ApiPolicy Create(
        IReadOnlyCollection<Assembly> apiAssemblies,
        IReadOnlyCollection<Assembly> libraryAssemblies,
        Allowlist allowlist,
        RefusalHints hints,
        SizedCallTable? sizedCalls = null)
    {
        ArgumentNullException.ThrowIfNull(apiAssemblies);
        ArgumentNullException.ThrowIfNull(libraryAssemblies);
        ArgumentNullException.ThrowIfNull(allowlist);
        ArgumentNullException.ThrowIfNull(hints);
        var names = apiAssemblies.Select(a => a.GetName().Name ?? throw new ArgumentException("An API assembly has no name.", nameof(apiAssemblies)))
            .ToFrozenSet(StringComparer.Ordinal);
        if (libraryAssemblies.FirstOrDefault(l => names.Contains(l.GetName().Name!)) is { } both)
        {
            throw new ArgumentException($"'{both.GetName().Name}' is given as an API assembly and as a library.", nameof(libraryAssemblies));
        }

        return new ApiPolicy(
            ResolvedAllowlist.For(allowlist), hints, [.. apiAssemblies.Distinct()], [.. libraryAssemblies.Distinct()], sizedCalls ?? SizedCallTable.Instance);
    }

    /// <summary>What each library's section allows, enumerated (seconds for a large library): for the report and its tests.</summary>
    internal IReadOnlyList<LibrarySurface> DescribeLibraries() =>
        [.. Libraries.Select(rules => LibrarySurface.Enumerate(rules, _librarySymbols.Assembly(rules.Section.AssemblyName), Decisions))];

    /// <summary>The section of <paramref name="allowlist"/> for <paramref name="library"/>; throws if it has none.</summary>
    internal static LibrarySection SectionFor(Allowlist allowlist, Assembly library)
    {
        var name = library.GetName().Name;
        return allowlist.Libraries.FirstOrDefault(l => l.AssemblyName == name)
            ?? throw new ArgumentException($"The allowlist has no '[library {name}]' section, so functions could use nothing of '{name}'.", nameof(library));
    }

    /// <summary>Language features refused on sight; runs before binding so the author gets the real reason.</summary>
    internal static IReadOnlyList<ScriptDiagnostic> CheckSyntax(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var findings = new PolicyFindings();
        foreach (var node in root.DescendantNodesAndSelf())
        {
            if (ForbiddenSyntax.Find(node) is { } feature)
            {
                findings.Add(SandboxDiagnosticIds.ForbiddenFeature, PolicyFindings.ForbiddenFeatureMessage(feature.Feature), feature.Location);
            }
        }

        return findings.ToList();
    }

    /// <summary>
    /// The compiler's errors and warnings as script diagnostics, where a framework name functions cannot use (one the
    /// script's references do not even hold) is reported as the sandbox's refusal, with what to use instead.
    /// </summary>
    public IReadOnlyList<ScriptDiagnostic> DescribeCompileDiagnostics(IEnumerable<Diagnostic> diagnostics, IEnumerable<string> imports)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(imports);
        return _unavailable.Describe(diagnostics, imports);
    }

    /// <summary>Every symbol the script touches, explicitly or implicitly, must be allowed.</summary>
    public IReadOnlyList<ScriptDiagnostic> CheckSemantics(SemanticModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        return _semantic.Check(model, cancellationToken);
    }

    /// <summary>Every member and type the final IL references must be allowed or defined by the script.</summary>
    public IReadOnlyList<ScriptDiagnostic> CheckIl(byte[] assemblyImage, SyntaxTree source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return CheckIl(assemblyImage, [source], cancellationToken);
    }

    /// <summary>
    /// The same for an image compiled from several trees (a function and its shared code): a finding is located in
    /// the first of <paramref name="sources"/> that names it, so the function's own tree goes first.
    /// </summary>
    public IReadOnlyList<ScriptDiagnostic> CheckIl(byte[] assemblyImage, IReadOnlyList<SyntaxTree> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assemblyImage);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfZero(sources.Count);
        return _il.Check(assemblyImage, sources, cancellationToken);
    }
}
