using System.Reflection;

namespace ScriptHost.Sandbox;

/// <summary>
/// What the sandbox compiles scripts against: the globals type the script sees, the assemblies that make up
/// the script-facing API, the default <c>using</c> imports, and the compile-time bounds.
/// </summary>
public sealed class SandboxOptions
{
    /// <summary>The type whose public members a script sees as globals. Must live in a small assembly of its own.</summary>
    public required Type GlobalsType { get; init; }

    /// <summary>Assemblies whose public surface scripts may use in full (the host's function API).</summary>
    public IReadOnlyList<Assembly> ApiAssemblies { get; init; } = [];

    /// <summary>
    /// Third-party assemblies scripts compile against, of which they may use what the allowlist's
    /// <c>[library Name]</c> section for each allows (by namespace, less exclusions); each must have one.
    /// </summary>
    public IReadOnlyList<Assembly> LibraryAssemblies { get; init; } = [];

    /// <summary>
    /// The host's own call wrappers: static classes whose <c>[Replaces]</c> methods script IL calls instead of the
    /// (library) members they name, as it calls the sandbox's sized-call wrappers instead of framework members, so a
    /// call the host must bound (rendering a library's document within the output limit) cannot run unbounded. A
    /// wrapper must be public, in an assembly the process that runs scripts has loaded.
    /// </summary>
    public IReadOnlyList<Type> CallWrappers { get; init; } = [];

    /// <summary>Namespaces imported into every script.</summary>
    public IReadOnlyList<string> Imports { get; init; } =
    [
        "System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks",
    ];

    /// <summary>Largest accepted source, in UTF-8 bytes.</summary>
    public int MaxSourceBytes { get; init; } = 256 * 1024;

    /// <summary>Deepest syntax nesting accepted; checked before binding so hostile nesting never reaches the binder.</summary>
    public int MaxSyntaxDepth { get; init; } = 200;

    /// <summary>Longest a single compile may take before it is abandoned with a diagnostic.</summary>
    public TimeSpan CompileTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How far the process's managed heap may grow while one compile runs before that compile is abandoned with a
    /// diagnostic. Process-wide (the compiler exposes no per-compile count, and no thread can read another's
    /// allocations), so concurrent work counts too: it errs towards refusing a compile while memory is scarce.
    /// </summary>
    public long CompileMemoryBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>
    /// A version string mixed into every script key so a change of API surface invalidates cached builds.
    /// Defaults to the module version ids of the API and library assemblies.
    /// </summary>
    public string? ApiVersion { get; init; }

    /// <summary>
    /// Compiles without the in-process guards (no injected checks, no sized-call wrappers): a switch for tests only,
    /// never bound from configuration, to show that the worker tier contains what the guards would have caught.
    /// </summary>
    internal bool WithoutGuardsForTests { get; init; }

    /// <summary>
    /// An allowlist in place of the embedded <c>allowlist.txt</c>: for tests only (a test library's section), never
    /// bound from configuration.
    /// </summary>
    internal Policy.Allowlist? AllowlistForTests { get; init; }

    /// <summary>Refusal hints in place of the embedded <c>refusal-hints.txt</c>: for tests only, as above.</summary>
    internal Policy.RefusalHints? RefusalHintsForTests { get; init; }
}
