using System.Reflection;
using System.Runtime.Loader;

namespace ScriptHost.Sandbox.Loading;

/// <summary>
/// A collectible load context holding exactly one script assembly. Everything else the script references
/// (framework, function API, guard runtime) resolves from the default context, so host types are shared, never
/// duplicated, and the script can be unloaded on its own.
/// </summary>
internal sealed class ScriptLoadContext : AssemblyLoadContext
{
    public ScriptLoadContext(string name)
        : base(name, isCollectible: true)
    {
    }

    // Returning null defers to the default context: scripts get no private copies of anything.
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
