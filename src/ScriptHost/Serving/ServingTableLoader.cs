using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Storage;

namespace ScriptHost.Serving;

/// <summary>
/// Before the server listens: loads every service, its variables and its live functions (each with its stored
/// compiled image — no recompiling unless the compiler, policy or API changed) into the live table.
/// </summary>
internal sealed class ServingTableLoader(
    IScriptHostStore store,
    LiveServices live,
    VersionImages images,
    IOptions<ScriptHostOptions> options,
    ILogger<ServingTableLoader> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var service in await store.Services.ListServicesAsync(cancellationToken))
        {
            var state = live.AddService(service.Name, service.ApiKeyHash.ToArray(), service.Settings);
            state.PreviousApiKeyHash = service.PreviousApiKeyHash;
            var variables = await store.Environment.ListVariablesAsync(service.Name, cancellationToken);
            state.ReplaceEnvironment(variables);
        }

        var loaded = 0;
        foreach (var active in await store.Functions.LoadActiveFunctionsAsync(cancellationToken))
        {
            if (!live.TryGetService(active.Function.Service, out var state))
            {
                continue;
            }

            try
            {
                var compiled = await images.CompiledAsync(active.Version, cancellationToken);
                var limits = options.Value.LimitsFor(active.Function.Limits.TimeoutMs, active.Function.Limits.MemoryMb);
                live.Publish(state, new DeployedFunction(
                    state.Name, active.Function.Path, active.Version.Number, active.Function.Visibility, limits, compiled));
                loaded++;
            }
            catch (InvalidOperationException exception)
            {
                logger.LogError("Function {Service}{Path} v{Version} is not served: {Reason}", state.Name, active.Function.Path, active.Version.Number, exception.Message);
            }
        }

        logger.LogInformation("Loaded {Functions} live functions of {Services} services.", loaded, live.Services.Count());
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
