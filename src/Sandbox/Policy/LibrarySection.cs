namespace ScriptHost.Sandbox.Policy;

/// <summary>
/// A <c>[library Name]</c> section of the allowlist: what functions may use of one third-party assembly (named by its
/// simple name), by namespace with exclusions, and by type lines as in the framework sections. Decided lazily, symbol by
/// symbol (<see cref="LibraryRules"/>): a library's surface is far larger than the framework's listed one.
/// </summary>
/// <remarks>
/// Two directives add rules on how allowed members are called, checked on the semantic model only:
/// <c>required-argument T</c> (a parameter of type T must be given, not left out and not null: without it the library
/// falls back to process-wide state) and <c>json-text-arguments</c> (a parameter or settable property that takes any
/// object, which the library serializes by reflection, may not be given a type the script declares).
/// </remarks>
internal sealed record LibrarySection(
    string AssemblyName,
    IReadOnlyList<LibraryNamespace> Namespaces,
    IReadOnlyList<AllowlistEntry> Types,
    IReadOnlyList<string> RequiredArguments,
    bool JsonTextArguments,
    int Line);

/// <summary>
/// <c>namespace N **</c>: every public type of N and of the namespaces below it, with its public and protected members
/// and nested types, less the <c>Exclusions</c> (paths relative to N).
/// </summary>
internal sealed record LibraryNamespace(string Namespace, IReadOnlyList<PathPattern> Exclusions, int Line);
