using Microsoft.Extensions.Options;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Editing;

namespace ScriptHost.Editor;

internal static class EditorServices
{
    public static void AddEditor(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EditorOptions>().Bind(configuration.GetSection(EditorOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new ScriptEditor(
            provider.GetRequiredService<ScriptCompiler>(),
            TimeSpan.FromMilliseconds(provider.GetRequiredService<IOptions<EditorOptions>>().Value.TimeoutMs)));
        services.AddSingleton<EditorGate>();
    }
}
