using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Functions;
using ScriptHost.Invocation;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Security;
using ScriptHost.Storage;

namespace ScriptHost.Hosting;

/// <summary>
/// Before the server listens: settles the admin key, loads every service, environment and live function (with its
/// stored compiled image — no recompiling unless the compiler, policy or API changed) into memory, then warms the
/// compiler in the background so the first deploy does not pay Roslyn's JIT.
/// </summary>
internal sealed class FunctionTableLoader(
    AdminKey adminKey,
    IScriptHostStore store,
    FunctionRegistry registry,
    FunctionDeployer deployer,
    ScriptCompiler compiler,
    IOptions<ScriptHostOptions> options,
    ILogger<FunctionTableLoader> logger) : IHostedLifecycleService
{
    private static readonly TimeSpan WarmUpDelay = TimeSpan.FromSeconds(3);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await adminKey.InitializeAsync(cancellationToken);

        foreach (var service in await store.Services.ListServicesAsync(cancellationToken))
        {
            var state = registry.AddService(service.Name, service.ApiKeyHash.ToArray(), service.Settings);
            state.PreviousApiKeyHash = service.PreviousApiKeyHash;
            var variables = await store.Environment.ListVariablesAsync(service.Name, cancellationToken);
            state.ReplaceEnvironment(variables);
        }

        var loaded = 0;
        foreach (var active in await store.Functions.LoadActiveFunctionsAsync(cancellationToken))
        {
            if (!registry.TryGetService(active.Function.Service, out var state))
            {
                continue;
            }

            try
            {
                var build = await deployer.BuildOfAsync(active.Version, cancellationToken);
                var limits = FunctionRunner.LimitsFor(options.Value, active.Function.Limits.TimeoutMs, active.Function.Limits.MemoryMb);
                deployer.Publish(state, new DeployedFunction(
                    state.Name, active.Function.Path, active.Version.Number, active.Function.Visibility, limits, build));
                loaded++;
            }
            catch (InvalidOperationException exception)
            {
                logger.LogError("Function {Service}{Path} v{Version} is not served: {Reason}", state.Name, active.Function.Path, active.Version.Number, exception.Message);
            }
        }

        logger.LogInformation("Loaded {Functions} live functions of {Services} services.", loaded, registry.Services.Count());
        if (options.Value.WarmUpCompiler)
        {
            // Delayed: measured here, warming Roslyn at once pushed a restart's first answer from ~0.9 s to ~1.3 s on
            // 2 cores. A deploy in the first seconds pays the JIT itself instead.
            _ = Task.Run(
                async () =>
                {
                    await Task.Delay(WarmUpDelay, CancellationToken.None);
                    await compiler.WarmUpAsync(CancellationToken.None);
                },
                CancellationToken.None);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the server has drained in-flight requests: write everything the journal still holds.</summary>
    public Task StoppedAsync(CancellationToken cancellationToken) => store.Journal.FlushAsync(cancellationToken);
}
