using System.Reflection;
using System.Runtime.CompilerServices;

namespace ScriptHost.Sandbox.Loading;

/// <summary>
/// A script loaded into its own collectible context, ready to run. <see cref="Unload"/> lets the context be collected
/// once no invocation is still running in it.
/// </summary>
public sealed class LoadedScript
{
    private readonly Func<object?[], Task<object?>> _factory;
    private readonly WeakReference _context;
    private ScriptLoadContext? _strongContext;
    private int _unloaded;

    internal LoadedScript(string key, ScriptLoadContext context, Assembly assembly, Func<object?[], Task<object?>> factory)
    {
        Key = key;
        Assembly = assembly;
        _factory = factory;
        _strongContext = context;
        _context = new WeakReference(context, trackResurrection: false);
    }

    /// <summary>The build key of the compiled script.</summary>
    public string Key { get; }

    /// <summary>The script's assembly (its own types; used to recognise script frames in stack traces).</summary>
    public Assembly Assembly { get; }

    /// <summary>True once <see cref="Unload"/> was called.</summary>
    public bool IsUnloaded => Volatile.Read(ref _unloaded) == 1;

    /// <summary>A weak handle on the load context: alive until the context is collected after unloading.</summary>
    public WeakReference LoadContextReference => _context;

    /// <summary>Runs the script's body against <paramref name="globals"/>; limits come from the ambient budget.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Task<object?> RunAsync(object globals) => _factory([globals, null]);

    /// <summary>Starts unloading: the context is collected once nothing references the script any more.</summary>
    public void Unload()
    {
        if (Interlocked.Exchange(ref _unloaded, 1) == 0)
        {
            _strongContext?.Unload();
            _strongContext = null;
        }
    }
}
