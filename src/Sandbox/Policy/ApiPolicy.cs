using System.Reflection;
using Microsoft.CodeAnalysis;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// Default-deny API policy: what a script may name (checked on the semantic model) and what its emitted IL may
/// reference (checked on the final, guarded image).
/// </summary>
/// <remarks>PLACEHOLDER until the policy lands: allows everything. Not done.</remarks>
public sealed class ApiPolicy
{
    private ApiPolicy()
    {
    }

    /// <summary>Changes whenever what is allowed changes; part of every script key.</summary>
    public string Version => "0-placeholder";

    /// <summary>Builds the policy: the allowlist plus the full public surface of <paramref name="apiAssemblies"/>.</summary>
    public static ApiPolicy Create(IReadOnlyCollection<Assembly> apiAssemblies)
    {
        ArgumentNullException.ThrowIfNull(apiAssemblies);
        return new ApiPolicy();
    }

    /// <summary>Every symbol the script touches, explicitly or implicitly, must be allowed.</summary>
    public IReadOnlyList<ScriptDiagnostic> CheckSemantics(SemanticModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [];
    }

    /// <summary>Every member and type the final IL references must be allowed or defined by the script.</summary>
    public IReadOnlyList<ScriptDiagnostic> CheckIl(byte[] assemblyImage, SyntaxTree source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assemblyImage);
        return [];
    }
}
