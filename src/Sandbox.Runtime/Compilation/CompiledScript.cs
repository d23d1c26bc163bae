namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// A compiled, policed and guarded script as bytes: a value the caller may persist and later load again without
/// recompiling. <see cref="Key"/> identifies the build (source, policy, compiler and API versions).
/// </summary>
public sealed class CompiledScript
{
    /// <summary>Creates a compiled script from its key and assembly image (portable PDB embedded).</summary>
    public CompiledScript(string key, byte[] assemblyImage)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(assemblyImage);
        Key = key;
        AssemblyImage = assemblyImage;
    }

    /// <summary>Hex SHA-256 over source and every version the build depends on.</summary>
    public string Key { get; }

    /// <summary>The guarded assembly, with its portable PDB embedded so exceptions carry script line numbers.</summary>
    public byte[] AssemblyImage { get; }
}
