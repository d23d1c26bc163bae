namespace ScriptHost.Builds;

/// <summary>Registers the build pipeline: its options, compiler, queue and runner, and the start-up step that fails interrupted builds.</summary>
internal static class BuildServices
{
    /// <summary>
    /// Call before the live table's loader is registered: <see cref="InterruptedBuilds"/> settles in
    /// <c>StartingAsync</c>, and hosted services settle in the order they were added.
    /// </summary>
    public static IServiceCollection AddBuilds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BuildOptions>().Bind(configuration.GetSection(BuildOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BuildCompiler>();
        services.AddSingleton<BuildQueue>();
        services.AddSingleton<BuildRunner>();
        services.AddHostedService<InterruptedBuilds>();
        services.AddHostedService(provider => provider.GetRequiredService<BuildQueue>());
        return services;
    }
}
