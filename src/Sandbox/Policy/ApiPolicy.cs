using System.Collections.Frozen;
using System.Reflection;
using Microsoft.CodeAnalysis;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Default-deny API policy: what a script may name (checked on the semantic model) and what its emitted IL may
/// reference (checked on the final, guarded image). What is allowed is the data in <c>allowlist.txt</c> plus the
/// full public surface of the API assemblies; <c>allowlist-report.md</c> lists it member by member.
/// </summary>
public sealed class ApiPolicy
{
    private readonly SemanticPolicyChecker _semantic;
    private readonly IlPolicyChecker _il;
    private readonly UnavailableApiDiagnostics _unavailable;

    private ApiPolicy(ResolvedAllowlist allowlist, FrozenSet<string> apiAssemblies)
    {
        Allowlist = allowlist;
        _semantic = new SemanticPolicyChecker(new SymbolDecisions(allowlist, apiAssemblies));
        _il = new IlPolicyChecker(allowlist, apiAssemblies, CompilerReferences.FrameworkAssemblyNames);
        _unavailable = new UnavailableApiDiagnostics(allowlist, RefusalHints.Embedded, () => FrameworkNames.Shared);
    }

    /// <summary>Changes whenever what is allowed changes; part of every script key.</summary>
    public string Version => Allowlist.Source.Version;

    /// <summary>The version a policy built now would have: a hash of the allowlist's text, cheap to compute.</summary>
    public static string CurrentVersion => Policy.Allowlist.Embedded.Version;

    internal ResolvedAllowlist Allowlist { get; }

    /// <summary>Builds the policy: the allowlist plus the full public surface of <paramref name="apiAssemblies"/>.</summary>
    public static ApiPolicy Create(IReadOnlyCollection<Assembly> apiAssemblies)
    {
        ArgumentNullException.ThrowIfNull(apiAssemblies);
        var names = apiAssemblies.Select(a => a.GetName().Name ?? throw new ArgumentException("An API assembly has no name.", nameof(apiAssemblies)));
        return new ApiPolicy(ResolvedAllowlist.Framework, names.ToFrozenSet(StringComparer.Ordinal));
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
        ArgumentNullException.ThrowIfNull(assemblyImage);
        ArgumentNullException.ThrowIfNull(source);
        return _il.Check(assemblyImage, source, cancellationToken);
    }
}
