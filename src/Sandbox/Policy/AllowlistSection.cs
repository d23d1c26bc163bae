namespace ScriptHost.Sandbox.Policy;

/// <summary>Who may use an allowlist entry.</summary>
internal enum AllowlistSection
{
    /// <summary>Scripts may name it; the compiler may use it on their behalf.</summary>
    Scripts,

    /// <summary>Only the compiler may use it, implicitly (await, iterators, records); scripts may not name it.</summary>
    Compiler,

    /// <summary>A type line of a <c>[library Name]</c> section (<see cref="LibrarySection"/>): scripts may name it.</summary>
    Library,
}
