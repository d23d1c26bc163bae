using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptHost.Serving;

namespace ScriptHost.Workers;

/// <summary>Registers the worker tier: its options, the pool (started with the host), the launcher and the executor.</summary>
internal static class WorkerServices
{
    public static IServiceCollection AddWorkers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerPoolOptions>()
            .Bind(configuration.GetSection(WorkerPoolOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.MaxWorkers >= o.Prestarted, "ScriptHost:Workers:MaxWorkers must be at least ScriptHost:Workers:Prestarted.")
            .Validate(o => o.TripPenaltyCpuCores <= o.CpuCores, "ScriptHost:Workers:TripPenaltyCpuCores (a penalized worker's CPU cap) must not exceed ScriptHost:Workers:CpuCores.")
            .ValidateOnStart();
        services.AddSingleton<WorkerLauncher>();
        services.AddSingleton<WorkerPool>();
        services.AddSingleton<IRemoteLoads>(provider => provider.GetRequiredService<WorkerPool>());
        services.AddHostedService(provider => provider.GetRequiredService<WorkerPool>());
        services.AddSingleton<FunctionSuspensions>();
        services.AddSingleton<TripPenalties>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WorkerExecutor>();
        return services;
    }
}
