using System.Reflection;
using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Loading;

/// <summary>Loads a <see cref="CompiledScript"/> into a fresh collectible context and binds its entry point.</summary>
public static class ScriptLoader
{
    /// <summary>
    /// The class the compiler must wrap a script's top-level code in, so the loader can find it. Owned here, not by
    /// the compiler, because the loader also runs in the worker, which carries no compiler.
    /// </summary>
    internal const string ScriptClassName = "ScriptHostSubmission";

    // Roslyn's name for a script's entry point.
    private const string FactoryMethodName = "<Factory>";

    /// <summary>
    /// Loads <paramref name="script"/>. No script code runs: binding the entry point triggers no static
    /// constructor or module initializer.
    /// </summary>
    public static LoadedScript Load(CompiledScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var context = new ScriptLoadContext("script:" + script.Key[..16]);
        try
        {
            using var image = new MemoryStream(script.AssemblyImage, writable: false);
            var assembly = context.LoadFromStream(image);
            var factory = assembly.GetType(ScriptClassName, throwOnError: true)!.GetMethod(FactoryMethodName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                ?? throw new InvalidOperationException("The compiled script has no entry point.");
            var entry = factory.CreateDelegate<Func<object?[], Task<object?>>>();
            return new LoadedScript(script.Key, context, assembly, entry);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }
}
