using ScriptHost.Storage;

namespace ScriptHost.Serving;

/// <summary>
/// Before the server listens: loads every service, its environments with their effective variables, and what each
/// environment has live (each function with its stored compiled image — no recompiling unless the compiler, policy or
/// API changed) into the live table.
/// </summary>
internal sealed class ServingTableLoader(
    IScriptHostStore store,
    LiveServices live,
    LiveBuildLoader builds,
    ILogger<ServingTableLoader> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var service in await store.Services.ListServicesAsync(cancellationToken))
        {
            var state = live.AddService(service.Name, service.ApiKeyHash.ToArray(), service.Settings);
            state.PreviousApiKeyHash = service.PreviousApiKeyHash;
            foreach (var environment in await store.DeploymentEnvironments.ListEnvironmentsAsync(service.Name, cancellationToken))
            {
                var environmentState = state.Environments.GetOrAdd(environment.Name, name => new EnvironmentState(name));
                var variables = await store.Environment.ListEffectiveVariablesAsync(service.Name, environment.Name, cancellationToken);
                environmentState.ReplaceVariables(variables ?? []);
            }
        }

        var loaded = 0;
        foreach (var environment in await store.Deployments.LoadLiveAsync(cancellationToken))
        {
            if (!live.TryGetService(environment.Environment.Service, out var state)
                || !state.Environments.TryGetValue(environment.Environment.Name, out var environmentState))
            {
                continue;
            }

            var build = await builds.LoadAsync(environmentState, state.Name, environment.Deployment.Id, environment.Build, compiled: null, cancellationToken);
            live.Switch(environmentState, build);
            loaded += build.Functions.Count;
        }

        logger.LogInformation("Loaded {Functions} live functions of {Services} services.", loaded, live.Services.Count());
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
