using System.Runtime.CompilerServices;
using System.Text.Json;
using ScriptHost.Functions;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Execution.Rendering;

/// <summary>
/// JSON options per loaded function. The serializer caches type metadata per options instance; giving each loaded
/// script its own (held weakly by the script) lets that metadata — and the script's types — go when it is unloaded.
/// </summary>
internal static class ScriptJsonOptions
{
    private static readonly ConditionalWeakTable<LoadedScript, JsonSerializerOptions> PerScript = [];

    public static JsonSerializerOptions For(LoadedScript script) =>
        PerScript.GetValue(script, static _ => Json.CreateOptions());
}
